# generated case: rule=PY-XSS source=djcookies propagation=guard_and_len sink=v0 expected=true
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = param
    if bar not in ALLOWED and len(bar) > 100:
        return HttpResponseBadRequest("invalid")
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
