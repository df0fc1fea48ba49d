# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=header propagation=direct sink=safe0 expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00075(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00075/", benchmark_test_00075),
]
