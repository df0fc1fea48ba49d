# generated case: rule=PY-CMDI source=djpost propagation=int_check_then_raw sink=v1 expected=false
import os

from django.http import HttpResponseBadRequest, JsonResponse


def handle_cmdi(request):
    param = request.POST["p"]
    try:
        int(param)
    except ValueError:
        return HttpResponseBadRequest("invalid")
    bar = param
    result = os.system("ping -c 1 " + bar)
    return JsonResponse({"result": result})
