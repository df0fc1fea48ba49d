# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=allowlist_block sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    bar = param
    if bar in ALLOWED:
        return HttpResponseRedirect(bar)
    return JsonResponse({"result": None})
