# generated case: rule=PY-TRUST-BOUNDARY source=djget propagation=overwritten sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.GET.get("p", "")
    bar = param
    bar = "safe"
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
