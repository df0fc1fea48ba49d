# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=cookie propagation=dict_get_taint sink=v1 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00057(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00057/", benchmark_test_00057),
]
