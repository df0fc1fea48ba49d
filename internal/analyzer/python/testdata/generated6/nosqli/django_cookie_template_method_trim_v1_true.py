# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=cookie shape=template_method_trim sink=v1 expected=true
import json
import re

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Pipeline:
    def __init__(self, value):
        self.value = value

    def run(self):
        return self.transform(self.value)

    def transform(self, value):
        return value


class CleanPipeline(Pipeline):
    def transform(self, value):
        return re.sub(r"[^A-Za-z0-9]", "", value)


class TrimPipeline(Pipeline):
    def transform(self, value):
        return value.strip()


def benchmark_test_00018(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = TrimPipeline(param).run()
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00018/", benchmark_test_00018),
]
