# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=cookie shape=where_json_dumps sink=specific expected=false
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00320(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    docs = list(db.users.find({"$where": "this.name == " + json.dumps(bar)}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00320/", benchmark_test_00320),
]
