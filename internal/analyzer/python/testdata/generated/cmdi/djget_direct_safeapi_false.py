# generated case: rule=PY-CMDI source=djget propagation=direct sink=safe-api expected=false
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.GET.get("p", "")
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": result})
