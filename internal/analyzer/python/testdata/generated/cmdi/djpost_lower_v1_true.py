# generated case: rule=PY-CMDI source=djpost propagation=lower sink=v1 expected=true
import os

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.POST["p"]
    bar = param.lower()
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return JsonResponse({"result": result})
