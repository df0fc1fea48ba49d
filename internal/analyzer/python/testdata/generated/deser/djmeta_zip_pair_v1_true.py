# generated case: rule=PY-DESERIALIZATION source=djmeta propagation=zip_pair sink=v1 expected=true
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.META.get("HTTP_X_P", "")
    for _k, v in zip(["key"], [param]):
        bar = v
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
