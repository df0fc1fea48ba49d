# generated case: rule=PY-TRUST-BOUNDARY source=djmeta propagation=direct sink=dj_allowlisted expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    request.session["lang"] = bar if bar in ("en", "de", "fr") else "en"
    result = True
    return JsonResponse({"result": result})
