# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=post shape=quote_discarded sink=specific expected=true
import shlex
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00350(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    shlex.quote(bar)
    proc = subprocess.run("ls -l " + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00350/", benchmark_test_00350),
]
