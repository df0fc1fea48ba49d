# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=get shape=json_str_coerced sink=specific expected=false
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00336(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    name = str(json.loads(bar).get("name", ""))
    doc = db.users.find_one({"name": name})
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00336/", benchmark_test_00336),
]
