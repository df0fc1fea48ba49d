# generated case: rule=PY-DESERIALIZATION source=djpost propagation=ifconst_safebranch sink=v1 expected=false
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.POST["p"]
    num = 86
    if (7 * 42) - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": result})
