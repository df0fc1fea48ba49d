# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=post shape=json_roundtrip sink=v1 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00288(request):
    param = request.POST.get("BenchmarkTest", "")
    payload = json.dumps({"q": param})
    bar = json.loads(payload)["q"]
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00288/", benchmark_test_00288),
]
