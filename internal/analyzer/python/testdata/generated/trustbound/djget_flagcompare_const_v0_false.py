# generated case: rule=PY-TRUST-BOUNDARY source=djget propagation=flagcompare_const sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.GET.get("p", "")
    flag = "yes"
    if flag == "no":
        bar = param
    else:
        bar = "safe"
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
