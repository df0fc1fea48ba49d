# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=post shape=aggregate_match_json sink=specific expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00328(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.aggregate([{"$match": json.loads(bar)}]))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00328/", benchmark_test_00328),
]
