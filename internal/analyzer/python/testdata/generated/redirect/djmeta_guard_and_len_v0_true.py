# generated case: rule=PY-OPEN-REDIRECT source=djmeta propagation=guard_and_len sink=v0 expected=true
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_redirect(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    if bar not in ALLOWED and len(bar) > 100:
        return HttpResponseBadRequest("invalid")
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT
