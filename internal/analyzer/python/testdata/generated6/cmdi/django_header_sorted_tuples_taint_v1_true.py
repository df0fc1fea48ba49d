# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=header shape=sorted_tuples_taint sink=v1 expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00182(request):
    param = request.headers.get("X-Benchmark", "")
    ranked = sorted([("b", param), ("a", "safe")])
    bar = ranked[1][1]
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00182/", benchmark_test_00182),
]
