# generated case: rule=PY-CODE-INJECTION source=djget propagation=listinsert_idx0 sink=v0 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.GET.get("p", "")
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[0]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": result})
