# generated case: rule=PY-TRUST-BOUNDARY source=djget propagation=ternary_taint sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.GET.get("p", "")
    num = 106
    bar = "This_should_never_happen" if (7 * 18) + num < 200 else param
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
