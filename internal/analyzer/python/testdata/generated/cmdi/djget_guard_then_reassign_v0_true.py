# generated case: rule=PY-CMDI source=djget propagation=guard_then_reassign sink=v0 expected=true
import subprocess

from django.http import HttpResponseBadRequest, JsonResponse


ALLOWED = ("alpha", "beta", "gamma")


def handle_cmdi(request):
    param = request.GET.get("p", "")
    bar = param
    if bar not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    bar = param + "-v2"
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": result})
