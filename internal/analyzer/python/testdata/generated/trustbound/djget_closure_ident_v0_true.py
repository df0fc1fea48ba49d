# generated case: rule=PY-TRUST-BOUNDARY source=djget propagation=closure_ident sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.GET.get("p", "")
    def inner(v):
        return v
    bar = inner(param)
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
