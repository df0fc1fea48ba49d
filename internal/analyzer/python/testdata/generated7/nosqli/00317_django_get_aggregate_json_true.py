# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=get shape=aggregate_json sink=specific expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_00317(request):
    param = request.GET.get("q", "")
    bar = param
    docs = list(db.orders.aggregate(json.loads(bar)))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00317/", case_00317),
]
