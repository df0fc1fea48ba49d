# generated case: rule=PY-CMDI source=djmeta propagation=allowlist_abort sink=v1 expected=false
import os

from django.http import HttpResponseBadRequest, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_cmdi(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    if bar not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    result = os.system("ping -c 1 " + bar)
    return JsonResponse({"result": result})
