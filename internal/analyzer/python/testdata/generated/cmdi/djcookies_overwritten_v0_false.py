# generated case: rule=PY-CMDI source=djcookies propagation=overwritten sink=v0 expected=false
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.COOKIES.get("p", "")
    bar = param
    bar = "safe"
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": result})
