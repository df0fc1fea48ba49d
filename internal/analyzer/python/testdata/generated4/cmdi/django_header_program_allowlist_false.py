# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=header shape=program_allowlist sink=specific expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path

TOOLS = {"disk": "/usr/bin/df", "uptime": "/usr/bin/uptime"}


def benchmark_test_00356(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    program = TOOLS.get(bar, "/usr/bin/true")
    proc = subprocess.run([program], capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00356/", benchmark_test_00356),
]
