# generated case: rule=PY-TRUST-BOUNDARY source=djcookies propagation=listinsert_idx1 sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.COOKIES.get("p", "")
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[1]
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
