# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=getdict propagation=b64_roundtrip sink=v1 expected=true
import base64
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00069(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00069/", benchmark_test_00069),
]
