# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=post propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import re

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


def benchmark_test_00078(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00078/", benchmark_test_00078),
]
