# generated case: rule=PY-CMDI source=djget propagation=startswith_choice sink=v0 expected=false
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.GET.get("p", "")
    bar = "yes" if param.startswith("a") else "no"
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": result})
