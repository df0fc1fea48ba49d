# generated case: rule=PY-DESERIALIZATION source=djget propagation=starunpack_rest sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse


def handle_deser(request):
    param = request.GET.get("p", "")
    first, *rest = [param, "safe", "moresafe"]
    bar = rest[0]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": result})
