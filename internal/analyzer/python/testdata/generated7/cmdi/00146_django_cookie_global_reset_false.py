# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=cookie shape=global_reset sink=v1 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


CURRENT = "default"


def set_current(value):
    global CURRENT
    CURRENT = value


def case_00146(request):
    param = request.COOKIES.get("q", "none")
    set_current(param)
    set_current("reset")
    bar = CURRENT
    proc = subprocess.run(f"ls -la /srv/app/files/{bar}", shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00146/", case_00146),
]
