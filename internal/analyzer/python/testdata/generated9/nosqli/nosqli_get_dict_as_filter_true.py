# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=django shape=get_dict_as_filter expected=true
from pymongo import MongoClient
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_get_dict_as_filter(request):
    docs = list(db.users.find(request.GET.dict()))  # want: PY-NOSQLI
    return JsonResponse({"result": str(len(docs))})


urlpatterns = [
    path("nosqli_get_dict_as_filter/", case_get_dict_as_filter),
]
