# generated case: rule=PY-TRUST-BOUNDARY source=djpost propagation=split0 sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.POST["p"]
    bar = param.split("\n")[0]
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
