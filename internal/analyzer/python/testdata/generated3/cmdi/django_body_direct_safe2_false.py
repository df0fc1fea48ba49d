# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=body propagation=direct sink=safe2 expected=false
import json
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00124(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00124/", benchmark_test_00124),
]
