# generated case: rule=PY-DESERIALIZATION source=djmeta propagation=helper_kwarg sink=v1 expected=true
import yaml

from django.http import JsonResponse


def do_something(value=None):
    return value


def handle_deser(request):
    param = request.META.get("HTTP_X_P", "")
    bar = do_something(value=param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
