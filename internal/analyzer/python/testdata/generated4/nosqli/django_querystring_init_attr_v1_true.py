# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=querystring shape=init_attr sink=v1 expected=true
import json
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Holder:
    def __init__(self, value):
        self._value = value
        self._label = "static-label"

    def value(self):
        return self._value

    def label(self):
        return self._label


def benchmark_test_00002(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Holder(param).value()
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00002/", benchmark_test_00002),
]
