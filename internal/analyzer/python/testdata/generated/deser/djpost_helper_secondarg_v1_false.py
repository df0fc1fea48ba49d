# generated case: rule=PY-DESERIALIZATION source=djpost propagation=helper_secondarg sink=v1 expected=false
import yaml

from django.http import JsonResponse


def pick(first, second):
    return first


def handle_deser(request):
    param = request.POST["p"]
    bar = pick("fixed", param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": result})
