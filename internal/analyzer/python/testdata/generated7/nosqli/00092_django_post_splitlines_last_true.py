# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=post shape=splitlines_last (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


class Test:
    def do_something(self, request, param):
        lines = ("header\n" + param).splitlines()
        bar = lines[-1]
        return bar


def case_00092(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00092/", case_00092),
]
