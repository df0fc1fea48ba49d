# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=getlist propagation=direct sink=safe0 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00113(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00113/", benchmark_test_00113),
]
