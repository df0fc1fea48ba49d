# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=body shape=shlex_join_shell sink=specific expected=false
import json
import shlex
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00335(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    proc = subprocess.run(shlex.join(["grep", "-rn", bar, "/srv/logs"]), shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00335/", benchmark_test_00335),
]
