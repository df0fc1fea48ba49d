# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=querystring propagation=dict_overwrite_same (helper class) sink=v1 expected=false
import json
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00060(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    doc = db.users.find_one(json.loads(bar))
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00060/", benchmark_test_00060),
]
