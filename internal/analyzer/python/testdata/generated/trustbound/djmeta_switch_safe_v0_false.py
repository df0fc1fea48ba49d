# generated case: rule=PY-TRUST-BOUNDARY source=djmeta propagation=switch_safe sink=v0 expected=false
from django.http import JsonResponse


def handle_trustbound(request):
    param = request.META.get("HTTP_X_P", "")
    guess = "ABC"
    target = guess[1]
    if target == "A":
        bar = param
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    request.session["preference"] = bar
    result = True
    return JsonResponse({"result": result})
