# generated case: rule=PY-TRUST-BOUNDARY source=djcookies propagation=listreverse_idx0 sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.COOKIES.get("p", "")
    values = [param, "safe"]
    values.reverse()
    bar = values[0]
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
