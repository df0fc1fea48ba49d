# generated case: rule=PY-TRUST-BOUNDARY source=djget propagation=len sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.GET.get("p", "")
    bar = str(len(param))
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
