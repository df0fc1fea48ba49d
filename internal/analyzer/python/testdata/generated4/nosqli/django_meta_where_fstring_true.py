# generated case (gen_cases4): category=nosqli rule=PY-NOSQLI fw=django source=meta shape=where_fstring sink=specific expected=true
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["benchmark"]


def benchmark_test_00330(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    docs = list(db.users.find({"$where": f"this.age > {bar}"}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00330/", benchmark_test_00330),
]
