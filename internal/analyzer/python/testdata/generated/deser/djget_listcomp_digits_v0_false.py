# generated case: rule=PY-DESERIALIZATION source=djget propagation=listcomp_digits sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse


def handle_deser(request):
    param = request.GET.get("p", "")
    bar = "".join([c for c in param if c.isdigit()])
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": result})
