# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=get propagation=filter_isalnum sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00073(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = "".join(filter(str.isalnum, param))
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00073/", benchmark_test_00073),
]
