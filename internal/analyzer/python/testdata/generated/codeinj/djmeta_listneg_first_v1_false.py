# generated case: rule=PY-CODE-INJECTION source=djmeta propagation=listneg_first sink=v1 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.META.get("HTTP_X_P", "")
    values = [param, "safe", "moresafe"]
    bar = values[-1]
    exec("total = " + bar, {})
    result = True
    return JsonResponse({"result": result})
