# generated case: rule=PY-DESERIALIZATION source=djpost propagation=starunpack_first sink=v1 expected=true
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.POST["p"]
    first, *rest = [param, "safe", "moresafe"]
    bar = first
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
