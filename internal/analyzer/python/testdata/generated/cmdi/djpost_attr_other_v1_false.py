# generated case: rule=PY-CMDI source=djpost propagation=attr_other sink=v1 expected=false
import os

from django.http import JsonResponse


class Box:
    pass


def handle_cmdi(request):
    param = request.POST["p"]
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.other
    result = os.system("ping -c 1 " + bar)
    return JsonResponse({"result": result})
