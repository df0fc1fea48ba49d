# generated case: rule=PY-TRUST-BOUNDARY source=djget propagation=listslice_head sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.GET.get("p", "")
    values = [param, "safe", "moresafe"]
    bar = values[:1][0]
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
