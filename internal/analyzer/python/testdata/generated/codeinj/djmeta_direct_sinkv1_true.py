# generated case: rule=PY-CODE-INJECTION source=djmeta propagation=direct sink=v1 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
