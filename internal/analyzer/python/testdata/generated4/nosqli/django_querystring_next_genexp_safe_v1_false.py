# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=querystring shape=next_genexp_safe sink=v1 expected=false
import json
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00254(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = next(v for v in ["safe", param])
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00254/", benchmark_test_00254),
]
