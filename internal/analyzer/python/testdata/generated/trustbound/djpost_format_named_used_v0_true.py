# generated case: rule=PY-TRUST-BOUNDARY source=djpost propagation=format_named_used sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.POST["p"]
    bar = "{b}".format(a="safe", b=param)
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
