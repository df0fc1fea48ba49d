# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=body shape=shlex_split_program sink=specific expected=true
import json
import shlex
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00342(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    proc = subprocess.run(shlex.split(bar), capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00342/", benchmark_test_00342),
]
