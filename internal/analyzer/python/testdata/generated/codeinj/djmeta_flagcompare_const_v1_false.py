# generated case: rule=PY-CODE-INJECTION source=djmeta propagation=flagcompare_const sink=v1 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.META.get("HTTP_X_P", "")
    flag = "yes"
    if flag == "no":
        bar = param
    else:
        bar = "safe"
    exec("total = " + bar, {})
    result = True
    return JsonResponse({"result": result})
