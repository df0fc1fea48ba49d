# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=django shape=cryptography_sha1 expected=true
from cryptography.hazmat.primitives import hashes
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_cryptography_sha1(request):
    param = request.META.get("HTTP_X_Q", "")
    h = hashes.Hash(hashes.SHA1())  # want: PY-WEAK-HASH
    h.update(param.encode("utf-8"))
    return JsonResponse({"result": str(h.finalize().hex())})


urlpatterns = [
    path("weakhash_cryptography_sha1/", case_cryptography_sha1),
]
