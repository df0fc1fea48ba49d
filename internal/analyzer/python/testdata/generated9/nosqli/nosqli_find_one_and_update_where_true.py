# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=django shape=find_one_and_update_where expected=true
from pymongo import MongoClient
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_find_one_and_update_where(request):
    param = request.POST.get("q", "")
    doc = db.users.find_one_and_update({"$where": "this.name == '" + param + "'"}, {"$set": {"seen": True}})  # want: PY-NOSQLI
    return JsonResponse({"result": str(doc is not None)})


urlpatterns = [
    path("nosqli_find_one_and_update_where/", case_find_one_and_update_where),
]
