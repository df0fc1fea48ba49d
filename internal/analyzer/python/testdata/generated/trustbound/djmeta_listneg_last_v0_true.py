# generated case: rule=PY-TRUST-BOUNDARY source=djmeta propagation=listneg_last sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.META.get("HTTP_X_P", "")
    values = ["safe", "moresafe", param]
    bar = values[-1]
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
