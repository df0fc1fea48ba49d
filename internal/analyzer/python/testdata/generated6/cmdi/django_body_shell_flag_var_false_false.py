# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=body shape=shell_flag_var_false sink=specific expected=false
import json
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00344(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    use_shell = False
    proc = subprocess.run("du -sh " + bar, shell=use_shell, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00344/", benchmark_test_00344),
]
