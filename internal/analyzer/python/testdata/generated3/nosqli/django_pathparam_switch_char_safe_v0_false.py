# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=pathparam propagation=switch_char_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00063(request, test_id):
    param = test_id
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00063/<str:test_id>/", benchmark_test_00063),
]
