# generated case: rule=PY-CMDI source=djmeta propagation=split0 sink=v1 expected=true
import os

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param.split("\n")[0]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return JsonResponse({"result": result})
