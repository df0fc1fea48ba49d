# generated case: rule=PY-CODE-INJECTION source=djpost propagation=format sink=v1 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.POST["p"]
    bar = "{}".format(param)
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
