# generated case: rule=PY-CMDI source=djcookies propagation=format_named_unused sink=v0 expected=false
import subprocess

from django.http import JsonResponse


def handle_cmdi(request):
    param = request.COOKIES.get("p", "")
    bar = "{a}".format(a="safe", b=param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": result})
