# generated case: rule=PY-DESERIALIZATION source=djmeta propagation=listneg_last sink=v1 expected=true
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.META.get("HTTP_X_P", "")
    values = ["safe", "moresafe", param]
    bar = values[-1]
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
