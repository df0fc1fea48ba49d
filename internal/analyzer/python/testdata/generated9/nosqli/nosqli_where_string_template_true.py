# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=django shape=where_string_template expected=true
import string

from pymongo import MongoClient
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_where_string_template(request):
    param = request.GET.get("q", "")
    expr = string.Template("this.owner == '$o'").substitute(o=param)
    docs = list(db.notes.find({"$where": expr}))  # want: PY-NOSQLI
    return JsonResponse({"result": str(len(docs))})


urlpatterns = [
    path("nosqli_where_string_template/", case_where_string_template),
]
