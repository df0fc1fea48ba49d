# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=body propagation=join_builder (helper class) sink=v0 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


def benchmark_test_00066(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00066/", benchmark_test_00066),
]
