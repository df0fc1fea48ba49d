# generated case: rule=PY-TRUST-BOUNDARY source=djpost propagation=helper_ident sink=v0 expected=true
from django.http import JsonResponse


def do_something(value):
    return value


def handle_trustbound(request):
    param = request.POST["p"]
    bar = do_something(param)
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
