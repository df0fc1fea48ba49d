# generated case: rule=PY-CODE-INJECTION source=djget propagation=direct sink=eval_const_expr expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.GET.get("p", "")
    bar = param
    result = eval("1 + 2") if bar else 0
    return JsonResponse({"result": result})
