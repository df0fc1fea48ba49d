# generated case: rule=PY-TRUST-BOUNDARY source=djpost propagation=closure_const sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.POST["p"]
    def inner(v):
        return "safe"
    bar = inner(param)
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
