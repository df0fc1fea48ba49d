# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=getlist propagation=direct sink=v1 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00045(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00045/", benchmark_test_00045),
]
