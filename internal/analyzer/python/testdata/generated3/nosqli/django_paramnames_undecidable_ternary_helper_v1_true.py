# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=paramnames propagation=undecidable_ternary (helper class) sink=v1 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


def benchmark_test_00072(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00072/", benchmark_test_00072),
]
