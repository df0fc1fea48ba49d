# generated case: rule=PY-CODE-INJECTION source=djgetint propagation=direct sink=v0 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = str(int(request.GET.get("p", "0")))
    bar = param
    result = str(eval(bar))
    return JsonResponse({"result": result})
