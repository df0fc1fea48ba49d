# generated case: rule=PY-CODE-INJECTION source=djpost propagation=int sink=v1 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.POST["p"]
    bar = str(int(param))
    exec("total = " + bar, {})
    result = True
    return JsonResponse({"result": result})
