# generated case: rule=PY-CODE-INJECTION source=djmeta propagation=ternary_taint sink=v1 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.META.get("HTTP_X_P", "")
    num = 106
    bar = "This_should_never_happen" if (7 * 18) + num < 200 else param
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
