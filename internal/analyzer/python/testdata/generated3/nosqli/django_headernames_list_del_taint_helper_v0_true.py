# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=headernames propagation=list_del_taint (helper class) sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


def benchmark_test_00054(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00054/", benchmark_test_00054),
]
