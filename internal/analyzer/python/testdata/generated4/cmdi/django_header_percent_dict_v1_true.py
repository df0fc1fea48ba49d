# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=header shape=percent_dict sink=v1 expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00137(request):
    param = request.headers.get("X-Benchmark", "")
    bar = "%(term)s" % {"term": param}
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00137/", benchmark_test_00137),
]
