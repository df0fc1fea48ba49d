# generated case: rule=PY-CODE-INJECTION source=djmeta propagation=nesteddict_inner sink=v1 expected=true
from django.http import JsonResponse


def handle_codeinj(request):
    param = request.META.get("HTTP_X_P", "")
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["inner"]
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": result})
