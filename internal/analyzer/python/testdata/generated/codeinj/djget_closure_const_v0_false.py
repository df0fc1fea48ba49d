# generated case: rule=PY-CODE-INJECTION source=djget propagation=closure_const sink=v0 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.GET.get("p", "")
    def inner(v):
        return "safe"
    bar = inner(param)
    result = str(eval(bar))
    return JsonResponse({"result": result})
