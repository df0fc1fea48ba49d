# generated case: rule=PY-DESERIALIZATION source=djmeta propagation=float sink=v1 expected=false
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.META.get("HTTP_X_P", "")
    bar = str(float(param))
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": result})
