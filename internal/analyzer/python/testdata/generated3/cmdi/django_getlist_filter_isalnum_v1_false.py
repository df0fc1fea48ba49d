# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=getlist propagation=filter_isalnum sink=v1 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00106(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = "".join(filter(str.isalnum, param))
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00106/", benchmark_test_00106),
]
