# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=meta propagation=if_fold_div_taint (helper class) sink=v1 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


def benchmark_test_00048(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00048/", benchmark_test_00048),
]
