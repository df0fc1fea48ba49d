# generated case: rule=PY-TRUST-BOUNDARY source=djmeta propagation=module_cache sink=v0 expected=true
from django.http import JsonResponse


CACHE = {}


def handle_trustbound(request):
    param = request.META.get("HTTP_X_P", "")
    CACHE["last"] = param
    bar = CACHE["last"]
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
