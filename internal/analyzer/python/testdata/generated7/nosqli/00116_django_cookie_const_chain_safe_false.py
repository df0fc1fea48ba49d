# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=cookie shape=const_chain_safe (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


class Test:
    def do_something(self, request, param):
        a = 3
        b = a * 4
        c = b - 10
        if c % 2 == 0:
            bar = "safe"
        else:
            bar = param
        return bar


def case_00116(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00116/", case_00116),
]
