# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=get shape=int_value sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00326(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    doc = db.users.find_one({"age": int(bar)})
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00326/", benchmark_test_00326),
]
