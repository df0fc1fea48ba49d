# generated case: rule=PY-DESERIALIZATION source=djcookies propagation=method_ident sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse


class Thing:
    def do_something(self, value):
        return value


def handle_deser(request):
    param = request.COOKIES.get("p", "")
    bar = Thing().do_something(param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
