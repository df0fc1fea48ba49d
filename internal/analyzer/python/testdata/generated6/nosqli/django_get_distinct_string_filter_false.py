# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=get shape=distinct_string_filter sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00476(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    values = db.users.distinct("city", {"country": bar})
    result = len(values)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00476/", benchmark_test_00476),
]
