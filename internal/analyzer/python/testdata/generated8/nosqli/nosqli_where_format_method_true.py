# generated case (gen8): category=nosqli rule=PY-NOSQLI fw=django shape=where_format_method expected=true
from pymongo import MongoClient
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_where_format_method(request):
    param = request.POST.get("q", "")
    cond = "this.price < {}".format(param)
    docs = list(db.products.find({"$where": cond}))  # want: PY-NOSQLI
    return JsonResponse({"result": str(len(docs))})


urlpatterns = [
    path("nosqli_where_format_method/", case_where_format_method),
]
