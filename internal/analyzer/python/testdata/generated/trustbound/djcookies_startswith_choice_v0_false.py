# generated case: rule=PY-TRUST-BOUNDARY source=djcookies propagation=startswith_choice sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.COOKIES.get("p", "")
    bar = "yes" if param.startswith("a") else "no"
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
