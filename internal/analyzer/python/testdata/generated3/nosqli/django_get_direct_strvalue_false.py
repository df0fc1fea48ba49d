# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=get propagation=direct sink=strvalue expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00612(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    docs = list(db.users.find({"name": bar}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00612/", benchmark_test_00612),
]
