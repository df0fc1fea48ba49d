# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=guard_other_var sink=v0 expected=true
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    bar = param
    other = "alpha"
    if other not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT
