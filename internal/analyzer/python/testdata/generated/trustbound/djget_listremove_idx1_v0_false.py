# generated case: rule=PY-TRUST-BOUNDARY source=djget propagation=listremove_idx1 sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.GET.get("p", "")
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[1]
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
