# generated case: rule=PY-TRUST-BOUNDARY source=djgetint propagation=direct sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = str(int(request.GET.get("p", "0")))
    bar = param
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
