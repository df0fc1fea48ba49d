# generated case: rule=PY-TRUST-BOUNDARY source=djcookies propagation=helper_secondarg_used sink=v0 expected=true
from django.http import JsonResponse


def pick(first, second):
    return second


def handle_trustbound(request):
    param = request.COOKIES.get("p", "")
    bar = pick("fixed", param)
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
