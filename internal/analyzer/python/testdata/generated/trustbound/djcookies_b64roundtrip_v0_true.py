# generated case: rule=PY-TRUST-BOUNDARY source=djcookies propagation=b64roundtrip sink=v0 expected=true
import base64

from django.http import JsonResponse


def handle_trustbound(request):
    param = request.COOKIES.get("p", "")
    bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
