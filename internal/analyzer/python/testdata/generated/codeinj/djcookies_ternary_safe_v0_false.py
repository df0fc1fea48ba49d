# generated case: rule=PY-CODE-INJECTION source=djcookies propagation=ternary_safe sink=v0 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.COOKIES.get("p", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    result = str(eval(bar))
    return JsonResponse({"result": result})
