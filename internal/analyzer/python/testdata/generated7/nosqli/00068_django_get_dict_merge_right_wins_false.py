# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=get shape=dict_merge_right_wins (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


class Test:
    def do_something(self, request, param):
        opts = {"q": param} | {"q": "safe"}
        bar = opts["q"]
        return bar


def case_00068(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00068/", case_00068),
]
