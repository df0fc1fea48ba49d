# generated case: rule=PY-DESERIALIZATION source=djpost propagation=listinsert_idx0 sink=v1 expected=true
import yaml

from django.http import JsonResponse


def handle_deser(request):
    param = request.POST["p"]
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[0]
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})
