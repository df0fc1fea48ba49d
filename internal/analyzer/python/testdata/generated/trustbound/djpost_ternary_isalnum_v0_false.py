# generated case: rule=PY-TRUST-BOUNDARY source=djpost propagation=ternary_isalnum sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.POST["p"]
    bar = param if param.isalnum() else "safe"
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
