# generated case: rule=PY-CMDI source=djgetint propagation=direct sink=v0 expected=false
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = str(int(request.GET.get("p", "0")))
    bar = param
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": result})
