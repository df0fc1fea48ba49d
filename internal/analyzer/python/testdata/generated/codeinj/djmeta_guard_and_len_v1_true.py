# generated case: rule=PY-CODE-INJECTION source=djmeta propagation=guard_and_len sink=v1 expected=true
from django.http import HttpResponseBadRequest, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_codeinj(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    if bar not in ALLOWED and len(bar) > 100:
        return HttpResponseBadRequest("invalid")
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
