# generated case: rule=PY-CODE-INJECTION source=djcookies propagation=listneg_last sink=v0 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.COOKIES.get("p", "")
    values = ["safe", "moresafe", param]
    bar = values[-1]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": result})
