# generated case: rule=PY-CODE-INJECTION source=djpost propagation=helper_secondarg_used sink=v1 expected=true
from django.http import JsonResponse


def pick(first, second):
    return second


def handle_codeinj(request):
    param = request.POST["p"]
    bar = pick("fixed", param)
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
