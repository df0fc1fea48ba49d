# generated case: rule=PY-TRUST-BOUNDARY source=djget propagation=direct sink=safe-api expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.GET.get("p", "")
    bar = param
    request.session["preference_len"] = len(bar)
    result = True
    return JsonResponse({"result": result})
