# generated case: rule=PY-CODE-INJECTION source=djcookies propagation=concat sink=v0 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.COOKIES.get("p", "")
    bar = "" + param + ""
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": result})
