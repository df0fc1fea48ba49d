# generated case: rule=PY-DESERIALIZATION source=djcookies propagation=ifconst_taintbranch sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse


def handle_deser(request):
    param = request.COOKIES.get("p", "")
    num = 86
    if (7 * 42) - num < 200:
        bar = "This should never happen"
    else:
        bar = param
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
