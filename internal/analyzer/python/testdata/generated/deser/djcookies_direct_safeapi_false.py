# generated case: rule=PY-DESERIALIZATION source=djcookies propagation=direct sink=safe-api expected=false
import json

from django.http import JsonResponse


def handle_deser(request):
    param = request.COOKIES.get("p", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return JsonResponse({"result": result})
