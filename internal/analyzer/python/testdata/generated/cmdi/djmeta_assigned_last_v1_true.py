# generated case: rule=PY-CMDI source=djmeta propagation=assigned_last sink=v1 expected=true
import os

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.META.get("HTTP_X_P", "")
    bar = "safe"
    bar = param
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return JsonResponse({"result": result})
