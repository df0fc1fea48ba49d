# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=django shape=const_keys_comprehension expected=false
from pymongo import MongoClient
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_const_keys_comprehension(request):
    docs = list(db.users.find({k: request.GET.get(k, "") for k in ("name", "city")}))
    return JsonResponse({"result": str(len(docs))})


urlpatterns = [
    path("nosqli_const_keys_comprehension/", case_const_keys_comprehension),
]
