# generated case: rule=PY-CMDI source=djpost propagation=shlexquote sink=v1 expected=false
import os
import shlex

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.POST["p"]
    bar = shlex.quote(param)
    result = os.system("ping -c 1 " + bar)
    return JsonResponse({"result": result})
