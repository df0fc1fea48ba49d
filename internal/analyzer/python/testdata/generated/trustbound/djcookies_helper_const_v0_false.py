# generated case: rule=PY-TRUST-BOUNDARY source=djcookies propagation=helper_const sink=v0 expected=false
from django.http import JsonResponse


def do_something(value):
    return "safe!"


def handle_trustbound(request):
    param = request.COOKIES.get("p", "")
    bar = do_something(param)
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
