# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=post shape=lambda_ignore sink=v1 expected=false
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00220(request):
    param = request.POST.get("BenchmarkTest", "")
    fmt = lambda v: "safe"
    bar = fmt(param)
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00220/", benchmark_test_00220),
]
