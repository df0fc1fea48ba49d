# generated case: rule=PY-DESERIALIZATION source=djmeta propagation=ternary_safe sink=v1 expected=false
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.META.get("HTTP_X_P", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": result})
