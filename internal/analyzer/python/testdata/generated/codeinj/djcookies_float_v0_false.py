# generated case: rule=PY-CODE-INJECTION source=djcookies propagation=float sink=v0 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.COOKIES.get("p", "")
    bar = str(float(param))
    result = str(eval(bar))
    return JsonResponse({"result": result})
