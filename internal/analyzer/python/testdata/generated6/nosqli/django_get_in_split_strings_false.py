# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=get shape=in_split_strings sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00326(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.find({"name": {"$in": bar.split(",")}}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00326/", benchmark_test_00326),
]
