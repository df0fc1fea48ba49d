# generated case: rule=PY-CODE-INJECTION source=djget propagation=try_finally_overwrite sink=v0 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.GET.get("p", "")
    try:
        bar = param
    finally:
        bar = "safe"
    result = str(eval(bar))
    return JsonResponse({"result": result})
