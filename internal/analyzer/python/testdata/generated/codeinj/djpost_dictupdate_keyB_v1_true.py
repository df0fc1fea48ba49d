# generated case: rule=PY-CODE-INJECTION source=djpost propagation=dictupdate_keyB sink=v1 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.POST["p"]
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyB"]
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
