# generated case: rule=PY-XSS source=djpost propagation=allowlist_block sink=v1 expected=false
from django.http import HttpResponse, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_xss(request):
    param = request.POST["p"]
    bar = param
    if bar in ALLOWED:
        return HttpResponse("<p>Hello " + bar + "</p>")
    return JsonResponse({"result": None})
