# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=header propagation=passthrough (helper class) sink=strvalue expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00615(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"name": bar}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00615/", benchmark_test_00615),
]
