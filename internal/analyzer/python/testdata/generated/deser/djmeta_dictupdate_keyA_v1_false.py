# generated case: rule=PY-DESERIALIZATION source=djmeta propagation=dictupdate_keyA sink=v1 expected=false
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.META.get("HTTP_X_P", "")
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyA"]
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": result})
