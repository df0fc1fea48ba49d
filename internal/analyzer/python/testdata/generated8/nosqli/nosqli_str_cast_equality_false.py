# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=django shape=str_cast_equality expected=false
from pymongo import MongoClient
import json
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_str_cast_equality(request):
    param = request.GET.get("q", "")
    data = json.loads(request.body or b"{}")
    name = str(data.get("name", param))
    docs = list(db.users.find({"name": name}))
    return JsonResponse({"result": str(len(docs))})


urlpatterns = [
    path("nosqli_str_cast_equality/", case_str_cast_equality),
]
