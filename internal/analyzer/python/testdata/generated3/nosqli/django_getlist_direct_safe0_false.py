# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=getlist propagation=direct sink=safe0 expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00065(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00065/", benchmark_test_00065),
]
