# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=header shape=partial_taint sink=v1 expected=true
import functools
import subprocess

from django.http import JsonResponse
from django.urls import path


def join_parts(prefix, value):
    return prefix + value


def benchmark_test_00225(request):
    param = request.headers.get("X-Benchmark", "")
    bar = functools.partial(join_parts, "item-")(param)
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00225/", benchmark_test_00225),
]
