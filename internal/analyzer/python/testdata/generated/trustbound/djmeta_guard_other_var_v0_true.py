# generated case: rule=PY-TRUST-BOUNDARY source=djmeta propagation=guard_other_var sink=v0 expected=true
from django.http import HttpResponseBadRequest, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_trustbound(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    other = "alpha"
    if other not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
