# generated case: rule=PY-DESERIALIZATION source=djget propagation=helper_int sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse


def do_something(value):
    return str(int(value))


def handle_deser(request):
    param = request.GET.get("p", "")
    bar = do_something(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": result})
