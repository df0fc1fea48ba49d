# generated case: rule=PY-XSS source=djmeta propagation=guard_inverted sink=v1 expected=true
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_xss(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    if bar in ALLOWED:
        return HttpResponseBadRequest("invalid")
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
