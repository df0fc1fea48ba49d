# generated case: rule=PY-CMDI source=djget propagation=ternary_nonempty sink=v0 expected=true
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.GET.get("p", "")
    bar = param if param else "safe"
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": result})
