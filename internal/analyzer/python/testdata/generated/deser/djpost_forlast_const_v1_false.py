# generated case: rule=PY-DESERIALIZATION source=djpost propagation=forlast_const sink=v1 expected=false
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.POST["p"]
    for v in [param, "safe"]:
        bar = v
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": result})
