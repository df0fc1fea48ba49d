# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=header shape=dictcomp_key sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00135(request):
    param = request.headers.get("X-Benchmark", "")
    fields = {k: v for k, v in [("term", param), ("mode", "basic")]}
    bar = fields["term"]
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00135/", benchmark_test_00135),
]
