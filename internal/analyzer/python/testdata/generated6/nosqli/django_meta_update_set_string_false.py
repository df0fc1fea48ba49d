# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=meta shape=update_set_string sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00323(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    db.users.update_one({"name": "guest"}, {"$set": {"nickname": bar}})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00323/", benchmark_test_00323),
]
