# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=meta shape=base_reads_sub_attr sink=v1 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


class BaseQuery:
    def render(self):
        return self.prefix() + self.term

    def prefix(self):
        return ""


class TermQuery(BaseQuery):
    def __init__(self, term):
        self.term = term


class FixedQuery(BaseQuery):
    def __init__(self, term):
        self.raw_term = term
        self.term = "all"


def benchmark_test_00002(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = TermQuery(param).render()
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00002/", benchmark_test_00002),
]
