# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=meta shape=regex_escaped_prefix sink=specific expected=false
import re

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00473(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    docs = list(db.users.find({"name": {"$regex": "^" + re.escape(bar)}}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00473/", benchmark_test_00473),
]
