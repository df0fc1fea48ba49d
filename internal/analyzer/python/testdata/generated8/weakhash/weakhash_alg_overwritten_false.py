# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=django shape=alg_overwritten expected=false
import hashlib
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_alg_overwritten(request):
    param = request.COOKIES.get("q", "")
    alg = "sha1"
    alg = "sha256"
    digest = hashlib.new(alg, param.encode("utf-8")).hexdigest()
    return JsonResponse({"result": str(digest)})


urlpatterns = [
    path("weakhash_alg_overwritten/", case_alg_overwritten),
]
