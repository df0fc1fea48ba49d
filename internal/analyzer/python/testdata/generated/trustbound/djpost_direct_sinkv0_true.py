# generated case: rule=PY-TRUST-BOUNDARY source=djpost propagation=direct sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.POST["p"]
    bar = param
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
