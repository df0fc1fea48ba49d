# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=django shape=plain_string_equality expected=false
from pymongo import MongoClient
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_plain_string_equality(request):
    param = request.POST.get("q", "")
    docs = list(db.users.find({"name": param, "active": True}))
    return JsonResponse({"result": str(len(docs))})


urlpatterns = [
    path("nosqli_plain_string_equality/", case_plain_string_equality),
]
