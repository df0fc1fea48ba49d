# generated case: rule=PY-TRUST-BOUNDARY source=djpost propagation=listextend sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.POST["p"]
    values = ["safe"]
    values.extend([param])
    bar = values[-1]
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
