# generated case: rule=PY-CODE-INJECTION source=djmeta propagation=helper_constfold sink=v1 expected=false
from django.http import JsonResponse


def choose(value):
    if len("abc") > 5:
        return value
    return "safe"


def handle_codeinj(request):
    param = request.META.get("HTTP_X_P", "")
    bar = choose(param)
    exec("total = " + bar, {})
    result = True
    return JsonResponse({"result": result})
