# generated case: rule=PY-TRUST-BOUNDARY source=djcookies propagation=direct sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.COOKIES.get("p", "")
    bar = param
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
