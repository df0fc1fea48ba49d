# generated case: rule=PY-CMDI source=djcookies propagation=dict_setlater sink=v0 expected=true
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.COOKIES.get("p", "")
    m = {"keyA": "a_Value", "keyB": "b_Value"}
    m["keyA"] = param
    bar = m["keyA"]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": result})
