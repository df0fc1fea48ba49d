# generated case: rule=PY-CODE-INJECTION source=djpost propagation=isdigit_guard sink=v1 expected=false
from django.http import HttpResponseBadRequest, JsonResponse


def handle_codeinj(request):
    param = request.POST["p"]
    bar = param
    if not bar.isdigit():
        return HttpResponseBadRequest("invalid")
    exec("total = " + bar, {})
    result = True
    return JsonResponse({"result": result})
