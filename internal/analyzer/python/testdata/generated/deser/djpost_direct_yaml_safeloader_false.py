# generated case: rule=PY-DESERIALIZATION source=djpost propagation=direct sink=yaml_safeloader expected=false
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.POST["p"]
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return JsonResponse({"result": result})
