# generated case: rule=PY-DESERIALIZATION source=djcookies propagation=isdigit_guard sink=v0 expected=false
import base64
import pickle

from django.http import HttpResponseBadRequest, JsonResponse


def handle_deser(request):
    param = request.COOKIES.get("p", "")
    bar = param
    if not bar.isdigit():
        return HttpResponseBadRequest("invalid")
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": result})
