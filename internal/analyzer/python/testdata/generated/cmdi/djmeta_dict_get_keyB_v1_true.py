# generated case: rule=PY-CMDI source=djmeta propagation=dict_get_keyB sink=v1 expected=true
import os

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.META.get("HTTP_X_P", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.get("keyB", "")
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return JsonResponse({"result": result})
