# generated case: rule=PY-CMDI source=djmeta propagation=dictdispatch_safe sink=v1 expected=false
import os

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.META.get("HTTP_X_P", "")
    guess = "ABC"
    target = guess[1]
    bar = {"A": param, "B": "bob", "C": param}[target]
    result = os.system("ping -c 1 " + bar)
    return JsonResponse({"result": result})
