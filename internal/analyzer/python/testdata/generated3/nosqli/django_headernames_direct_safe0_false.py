# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=headernames propagation=direct sink=safe0 expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00077(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00077/", benchmark_test_00077),
]
