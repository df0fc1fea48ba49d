# generated case: rule=PY-XSS source=djpost propagation=guard_other_var sink=v1 expected=true
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_xss(request):
    param = request.POST["p"]
    bar = param
    other = "alpha"
    if other not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
