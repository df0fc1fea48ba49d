# generated case (gen9): category=nosqli rule=PY-NOSQLI fw=django shape=int_try_age expected=false
from pymongo import MongoClient
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_int_try_age(request):
    param = request.POST.get("q", "")
    try:
        age = int(param)
    except ValueError:
        age = 0
    docs = list(db.users.find({"age": age}))
    return JsonResponse({"result": str(len(docs))})


urlpatterns = [
    path("nosqli_int_try_age/", case_int_try_age),
]
