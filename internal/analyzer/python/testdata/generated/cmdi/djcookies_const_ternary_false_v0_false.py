# generated case: rule=PY-CMDI source=djcookies propagation=const_ternary_false sink=v0 expected=false
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.COOKIES.get("p", "")
    bar = param if False else "safe"
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": result})
