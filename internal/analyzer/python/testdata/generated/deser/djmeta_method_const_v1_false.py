# generated case: rule=PY-DESERIALIZATION source=djmeta propagation=method_const sink=v1 expected=false
import yaml

from django.http import JsonResponse


class Thing:
    def do_something(self, value):
        return "safe!"


def handle_deser(request):
    param = request.META.get("HTTP_X_P", "")
    bar = Thing().do_something(param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": result})
