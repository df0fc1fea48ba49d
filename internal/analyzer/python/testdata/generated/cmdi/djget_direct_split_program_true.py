# generated case: rule=PY-CMDI source=djget propagation=direct sink=split_program expected=true
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.GET.get("p", "")
    bar = param
    proc = subprocess.run(bar.split(), capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": result})
