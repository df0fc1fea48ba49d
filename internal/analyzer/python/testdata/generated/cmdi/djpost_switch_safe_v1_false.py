# generated case: rule=PY-CMDI source=djpost propagation=switch_safe sink=v1 expected=false
import os

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.POST["p"]
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
    result = os.system("ping -c 1 " + bar)
    return JsonResponse({"result": result})
