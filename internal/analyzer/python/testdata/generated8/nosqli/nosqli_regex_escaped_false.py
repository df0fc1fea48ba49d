# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=django shape=regex_escaped expected=false
from pymongo import MongoClient
import re
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_regex_escaped(request):
    param = request.META.get("HTTP_X_Q", "")
    docs = list(db.products.find({"name": {"$regex": "^" + re.escape(param)}}))
    return JsonResponse({"result": str(len(docs))})


urlpatterns = [
    path("nosqli_regex_escaped/", case_regex_escaped),
]
