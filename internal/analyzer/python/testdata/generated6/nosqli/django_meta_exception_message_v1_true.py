# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=django source=meta shape=exception_message sink=v1 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00252(request):
    param = request.META.get("HTTP_REFERER", "")
    try:
        raise ValueError(param)
    except ValueError as exc:
        bar = str(exc)
    doc = db.users.find_one(json.loads(bar))  # want: PY-NOSQLI
    result = doc is not None
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00252/", benchmark_test_00252),
]
