# generated case: rule=PY-CMDI source=djpost propagation=direct sink=v1 expected=true
import os

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.POST["p"]
    bar = param
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return JsonResponse({"result": result})
