# generated case: rule=PY-CODE-INJECTION source=djget propagation=direct sink=safe-api expected=false
import ast

from django.http import JsonResponse


def handle_codeinj(request):
    param = request.GET.get("p", "")
    bar = param
    result = str(ast.literal_eval(bar))
    return JsonResponse({"result": result})
