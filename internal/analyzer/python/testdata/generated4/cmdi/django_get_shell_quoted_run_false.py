# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=get shape=shell_quoted_run sink=specific expected=false
import shlex
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00348(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    proc = subprocess.run("ls -l " + shlex.quote(bar), shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00348/", benchmark_test_00348),
]
