# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=cookie propagation=direct sink=strvalue expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00616(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    docs = list(db.users.find({"name": bar}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00616/", benchmark_test_00616),
]
