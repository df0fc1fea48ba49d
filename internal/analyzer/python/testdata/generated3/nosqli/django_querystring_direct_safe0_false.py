# generated case (gen_cases3): category=nosqli rule=PY-NOSQLI fw=django source=querystring propagation=direct sink=safe0 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00081(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    docs = list(db.users.find({"name": {"$eq": str(bar)}}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00081/", benchmark_test_00081),
]
