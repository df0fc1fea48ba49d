# generated case: rule=PY-DESERIALIZATION source=djcookies propagation=forlast_taint sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse


def handle_deser(request):
    param = request.COOKIES.get("p", "")
    for v in ["safe", param]:
        bar = v
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
