# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=meta shape=find_projection_allowlist sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_00320(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = param
    field = bar if bar in ("name", "price") else "name"
    docs = list(db.products.find({}, {field: 1}))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00320/", case_00320),
]
