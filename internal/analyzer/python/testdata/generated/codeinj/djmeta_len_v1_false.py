# generated case: rule=PY-CODE-INJECTION source=djmeta propagation=len sink=v1 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.META.get("HTTP_X_P", "")
    bar = str(len(param))
    exec("total = " + bar, {})
    result = True
    return JsonResponse({"result": result})
