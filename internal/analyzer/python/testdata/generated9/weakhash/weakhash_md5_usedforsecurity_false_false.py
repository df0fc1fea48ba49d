# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=django shape=md5_usedforsecurity_false expected=false
import hashlib
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_md5_usedforsecurity_false(request):
    param = request.GET.get("q", "")
    key = hashlib.md5(param.encode("utf-8"), usedforsecurity=False).hexdigest()
    return JsonResponse({"result": str("cache:" + key)})


urlpatterns = [
    path("weakhash_md5_usedforsecurity_false/", case_md5_usedforsecurity_false),
]
