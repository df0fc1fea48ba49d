# generated case: rule=PY-DESERIALIZATION source=djcookies propagation=dictupdate_keyB sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse


def handle_deser(request):
    param = request.COOKIES.get("p", "")
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyB"]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
