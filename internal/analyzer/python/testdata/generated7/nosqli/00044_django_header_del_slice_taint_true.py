# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=header shape=del_slice_taint (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


class Test:
    def do_something(self, request, param):
        vals = [param, "a", "b"]
        del vals[1:]
        bar = vals[0]
        return bar


def case_00044(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    docs = list(db.products.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00044/", case_00044),
]
