# generated case: rule=PY-CMDI source=djcookies propagation=slice sink=v0 expected=true
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.COOKIES.get("p", "")
    bar = param[1:]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": result})
