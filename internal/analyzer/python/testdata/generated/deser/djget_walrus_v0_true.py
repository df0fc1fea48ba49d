# generated case: rule=PY-DESERIALIZATION source=djget propagation=walrus sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse


def handle_deser(request):
    param = request.GET.get("p", "")
    if (bar := param.strip()):
        pass
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
