# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=pathparam propagation=match_const_taint sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00061(request, test_id):
    param = test_id
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00061/<str:test_id>/", benchmark_test_00061),
]
