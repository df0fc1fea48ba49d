# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=get propagation=builder_chain sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


def benchmark_test_00075(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Builder().set_value(param).get_value()
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00075/", benchmark_test_00075),
]
