# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=querystring shape=extend_index sink=v1 expected=true
import json
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00094(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    items = ["safe"]
    items.extend([param, "more"])
    bar = items[1]
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00094/", benchmark_test_00094),
]
