# generated case: rule=PY-CMDI source=djpost propagation=direct sink=list_arg_only expected=false
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.POST["p"]
    bar = param
    proc = subprocess.run(["grep", "-r", "--", bar, "/srv/logs"], capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": result})
