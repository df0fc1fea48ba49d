# generated case: rule=PY-TRUST-BOUNDARY source=djpost propagation=assigned_last sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.POST["p"]
    bar = "safe"
    bar = param
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
