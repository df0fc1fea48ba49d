# generated case: rule=PY-TRUST-BOUNDARY source=djcookies propagation=isdigit_guard sink=v0 expected=false
from django.http import HttpResponseBadRequest, JsonResponse


def handle_trustbound(request):
    param = request.COOKIES.get("p", "")
    bar = param
    if not bar.isdigit():
        return HttpResponseBadRequest("invalid")
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
