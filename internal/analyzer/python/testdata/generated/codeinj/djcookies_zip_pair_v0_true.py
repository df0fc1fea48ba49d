# generated case: rule=PY-CODE-INJECTION source=djcookies propagation=zip_pair sink=v0 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.COOKIES.get("p", "")
    for _k, v in zip(["key"], [param]):
        bar = v
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": result})
