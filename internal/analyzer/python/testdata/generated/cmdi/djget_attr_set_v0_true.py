# generated case: rule=PY-CMDI source=djget propagation=attr_set sink=v0 expected=true
import subprocess

from django.http import JsonResponse


class Box:
    pass


def handle_cmdi(request):
    param = request.GET.get("p", "")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.value
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": result})
