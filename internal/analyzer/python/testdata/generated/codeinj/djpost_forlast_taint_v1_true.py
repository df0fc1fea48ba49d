# generated case: rule=PY-CODE-INJECTION source=djpost propagation=forlast_taint sink=v1 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.POST["p"]
    for v in ["safe", param]:
        bar = v
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
