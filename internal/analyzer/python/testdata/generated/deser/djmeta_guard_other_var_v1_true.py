# generated case: rule=PY-DESERIALIZATION source=djmeta propagation=guard_other_var sink=v1 expected=true
import yaml

from django.http import HttpResponseBadRequest, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_deser(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    other = "alpha"
    if other not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
