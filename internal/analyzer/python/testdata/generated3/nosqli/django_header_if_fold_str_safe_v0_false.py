# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=header propagation=if_fold_str_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00051(request):
    param = request.headers.get("X-Benchmark", "")
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00051/", benchmark_test_00051),
]
