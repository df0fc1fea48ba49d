# generated case: rule=PY-CMDI source=djpost propagation=module_cache sink=v1 expected=true
import os

from django.http import JsonResponse


CACHE = {}


def handle_cmdi(request):
    param = request.POST["p"]
    CACHE["last"] = param
    bar = CACHE["last"]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return JsonResponse({"result": result})
