# generated case: rule=PY-CODE-INJECTION source=djpost propagation=method_ident sink=v1 expected=true
from django.http import JsonResponse


class Thing:
    def do_something(self, value):
        return value


def handle_codeinj(request):
    param = request.POST["p"]
    bar = Thing().do_something(param)
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
