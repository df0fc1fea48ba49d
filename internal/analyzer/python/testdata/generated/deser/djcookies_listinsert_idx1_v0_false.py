# generated case: rule=PY-DESERIALIZATION source=djcookies propagation=listinsert_idx1 sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse


def handle_deser(request):
    param = request.COOKIES.get("p", "")
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[1]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": result})
