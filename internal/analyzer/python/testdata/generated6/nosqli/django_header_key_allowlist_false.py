# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=header shape=key_allowlist sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00329(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    field = bar if bar in ("name", "city") else "name"
    docs = list(db.users.find({field: "x"}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00329/", benchmark_test_00329),
]
