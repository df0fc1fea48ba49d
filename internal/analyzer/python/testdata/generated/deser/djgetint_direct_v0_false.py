# generated case: rule=PY-DESERIALIZATION source=djgetint propagation=direct sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse


def handle_deser(request):
    param = str(int(request.GET.get("p", "0")))
    bar = param
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": result})
