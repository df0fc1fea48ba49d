# generated case: rule=PY-TRUST-BOUNDARY source=djget propagation=slice sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.GET.get("p", "")
    bar = param[1:]
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
