# generated case: rule=PY-OPEN-REDIRECT source=djget propagation=allowlist_abort sink=v0 expected=false
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_redirect(request):
    param = request.GET.get("p", "")
    bar = param
    if bar not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    return HttpResponseRedirect(bar)
