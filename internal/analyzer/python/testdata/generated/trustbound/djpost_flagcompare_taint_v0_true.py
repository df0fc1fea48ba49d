# generated case: rule=PY-TRUST-BOUNDARY source=djpost propagation=flagcompare_taint sink=v0 expected=true
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.POST["p"]
    flag = "yes"
    if flag == "yes":
        bar = param
    else:
        bar = "safe"
    request.session["preference"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": result})
