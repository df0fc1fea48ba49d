# generated case: rule=PY-CODE-INJECTION source=djget propagation=forlast_const sink=v0 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.GET.get("p", "")
    for v in [param, "safe"]:
        bar = v
    result = str(eval(bar))
    return JsonResponse({"result": result})
