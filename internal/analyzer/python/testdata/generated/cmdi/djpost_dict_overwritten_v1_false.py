# generated case: rule=PY-CMDI source=djpost propagation=dict_overwritten sink=v1 expected=false
import os

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.POST["p"]
    m = {"keyA": "a_Value", "keyB": param}
    m["keyB"] = "safe"
    bar = m["keyB"]
    result = os.system("ping -c 1 " + bar)
    return JsonResponse({"result": result})
