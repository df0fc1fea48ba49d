# generated case: rule=PY-CODE-INJECTION source=djpost propagation=listinsert_idx1 sink=v1 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.POST["p"]
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[1]
    exec("total = " + bar, {})
    result = True
    return JsonResponse({"result": result})
