# generated case: rule=PY-TRUST-BOUNDARY source=djmeta propagation=augmented_const sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.META.get("HTTP_X_P", "")
    bar = "x"
    tmp = param
    bar += "y"
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
