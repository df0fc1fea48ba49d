# generated case: rule=PY-DESERIALIZATION source=djpost propagation=try_finally_overwrite sink=v1 expected=false
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.POST["p"]
    try:
        bar = param
    finally:
        bar = "safe"
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": result})
