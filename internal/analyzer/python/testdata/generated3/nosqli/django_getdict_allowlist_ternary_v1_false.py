# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=getdict propagation=allowlist_ternary sink=v1 expected=false
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00067(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00067/", benchmark_test_00067),
]
