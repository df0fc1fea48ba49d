# generated case: rule=PY-CODE-INJECTION source=djcookies propagation=guard_other_var sink=v0 expected=true
from django.http import HttpResponseBadRequest, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_codeinj(request):
    param = request.COOKIES.get("p", "")
    bar = param
    other = "alpha"
    if other not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": result})
