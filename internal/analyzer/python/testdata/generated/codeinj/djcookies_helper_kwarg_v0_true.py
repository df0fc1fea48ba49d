# generated case: rule=PY-CODE-INJECTION source=djcookies propagation=helper_kwarg sink=v0 expected=true
from django.http import JsonResponse


def do_something(value=None):
    return value


def handle_codeinj(request):
    param = request.COOKIES.get("p", "")
    bar = do_something(value=param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": result})
