# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=cookie shape=objectid sink=specific expected=false
from bson import ObjectId
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00334(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    doc = db.users.find_one({"_id": ObjectId(bar)})
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00334/", benchmark_test_00334),
]
