# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=cookie shape=json_value_in_filter sink=specific expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00324(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    doc = db.users.find_one({"name": json.loads(bar)})  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00324/", benchmark_test_00324),
]
