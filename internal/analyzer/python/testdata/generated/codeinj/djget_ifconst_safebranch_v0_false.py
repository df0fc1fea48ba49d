# generated case: rule=PY-CODE-INJECTION source=djget propagation=ifconst_safebranch sink=v0 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.GET.get("p", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    result = str(eval(bar))
    return JsonResponse({"result": result})
