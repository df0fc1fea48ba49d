# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=meta shape=slots_value (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


class Box:
    __slots__ = ("value", "tag")

    def __init__(self, value):
        self.value = value
        self.tag = "box"

    def retag(self, tag):
        self.tag = tag
        return self


class Test:
    def do_something(self, request, param):
        bar = Box(param).value
        return bar


def case_00020(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00020/", case_00020),
]
