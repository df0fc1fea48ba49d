# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=django source=meta shape=partial_new_sha256 sink=specific expected=false
import functools
import hashlib

from django.http import JsonResponse
from django.urls import path


def case_00365(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = param
    hasher = functools.partial(hashlib.new, "sha256")
    result = hasher(bar.encode("utf-8")).hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00365/", case_00365),
]
