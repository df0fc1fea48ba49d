# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=body propagation=stringio (helper class) sink=v0 expected=true
import io
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


def benchmark_test_00064(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00064/", benchmark_test_00064),
]
