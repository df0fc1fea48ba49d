# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=header shape=dict_unpack_overrides sink=v1 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

DEFAULTS = {"term": "all"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00220(request):
    param = request.headers.get("X-Benchmark", "")
    opts = {**DEFAULTS, "term": param}
    bar = opts["term"]
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00220/", benchmark_test_00220),
]
