# generated case: rule=PY-CODE-INJECTION source=djcookies propagation=method_const sink=v0 expected=false
from django.http import JsonResponse


class Thing:
    def do_something(self, value):
        return "safe!"


def handle_codeinj(request):
    param = request.COOKIES.get("p", "")
    bar = Thing().do_something(param)
    result = str(eval(bar))
    return JsonResponse({"result": result})
