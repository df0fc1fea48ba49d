# generated case: rule=PY-DESERIALIZATION source=djcookies propagation=direct sink=yaml_safe_load expected=false
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.COOKIES.get("p", "")
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return JsonResponse({"result": result})
