# generated case: rule=PY-CODE-INJECTION source=djcookies propagation=dictupdate_keyA sink=v0 expected=false
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.COOKIES.get("p", "")
    m = {"keyA": "a_Value"}
    m.update({"keyB": param})
    bar = m["keyA"]
    result = str(eval(bar))
    return JsonResponse({"result": result})
