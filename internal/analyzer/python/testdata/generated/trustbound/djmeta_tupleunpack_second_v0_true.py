# generated case: rule=PY-TRUST-BOUNDARY source=djmeta propagation=tupleunpack_second sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.META.get("HTTP_X_P", "")
    _label, bar = "safe", param
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
