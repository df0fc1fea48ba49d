# generated case: rule=PY-CODE-INJECTION source=djget propagation=starunpack_first sink=v0 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.GET.get("p", "")
    first, *rest = [param, "safe", "moresafe"]
    bar = first
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": result})
