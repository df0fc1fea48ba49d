# generated case: rule=PY-DESERIALIZATION source=djcookies propagation=int sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse


def handle_deser(request):
    param = request.COOKIES.get("p", "")
    bar = str(int(param))
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": result})
