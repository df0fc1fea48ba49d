# generated case: rule=PY-OPEN-REDIRECT source=djmeta propagation=fullmatch_guard sink=v0 expected=false
import re

from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    if not re.fullmatch(r"[a-z0-9]+", bar):
        return HttpResponseBadRequest("invalid")
    return HttpResponseRedirect(bar)
