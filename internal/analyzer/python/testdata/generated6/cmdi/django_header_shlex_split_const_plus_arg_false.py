# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=header shape=shlex_split_const_plus_arg sink=specific expected=false
import shlex
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00332(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    proc = subprocess.run(shlex.split("ls -l --") + [bar], capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00332/", benchmark_test_00332),
]
