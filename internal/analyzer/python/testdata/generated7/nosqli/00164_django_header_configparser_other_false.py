# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=header shape=configparser_other (helper class) sink=v1 expected=false
import configparser

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


class Test:
    def do_something(self, request, param):
        cp = configparser.ConfigParser()
        cp["search"] = {"term": param, "mode": "basic"}
        bar = cp["search"]["mode"]
        return bar


def case_00164(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00164/", case_00164),
]
