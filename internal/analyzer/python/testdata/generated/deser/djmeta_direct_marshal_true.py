# generated case: rule=PY-DESERIALIZATION source=djmeta propagation=direct sink=marshal expected=true
import marshal

from django.http import JsonResponse


def handle_deser(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    obj = marshal.loads(bytes.fromhex(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
