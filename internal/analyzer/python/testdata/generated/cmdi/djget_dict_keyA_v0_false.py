# generated case: rule=PY-CMDI source=djget propagation=dict_keyA sink=v0 expected=false
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.GET.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyA"]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": result})
