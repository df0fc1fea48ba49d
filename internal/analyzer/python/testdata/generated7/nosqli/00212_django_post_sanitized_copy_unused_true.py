# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=post shape=sanitized_copy_unused (helper class) sink=v1 expected=true
import re

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


class Test:
    def do_something(self, request, param):
        cleaned = re.sub(r"[^A-Za-z0-9]", "", param)
        bar = param if cleaned else "empty"
        return bar


def case_00212(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00212/", case_00212),
]
