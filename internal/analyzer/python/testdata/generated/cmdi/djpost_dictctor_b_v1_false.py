# generated case: rule=PY-CMDI source=djpost propagation=dictctor_b sink=v1 expected=false
import os

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.POST["p"]
    bar = dict(a=param, b="safe")["b"]
    result = os.system("ping -c 1 " + bar)
    return JsonResponse({"result": result})
