# generated case: rule=PY-CODE-INJECTION source=djpost propagation=ifconst_taintbranch sink=v1 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.POST["p"]
    num = 86
    if (7 * 42) - num < 200:
        bar = "This should never happen"
    else:
        bar = param
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
