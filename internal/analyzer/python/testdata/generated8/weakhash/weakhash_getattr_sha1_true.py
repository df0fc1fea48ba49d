# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=django shape=getattr_sha1 expected=true
import hashlib
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_getattr_sha1(request):
    param = request.GET.get("q", "")
    hasher = getattr(hashlib, "sha1")
    digest = hasher(param.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return JsonResponse({"result": str(digest)})


urlpatterns = [
    path("weakhash_getattr_sha1/", case_getattr_sha1),
]
