# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=header shape=where_int sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00332(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    limit = int(bar)
    docs = list(db.users.find({"$where": f"this.age > {limit}"}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00332/", benchmark_test_00332),
]
