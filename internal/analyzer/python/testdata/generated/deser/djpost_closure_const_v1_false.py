# generated case: rule=PY-DESERIALIZATION source=djpost propagation=closure_const sink=v1 expected=false
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.POST["p"]
    def inner(v):
        return "safe"
    bar = inner(param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": result})
