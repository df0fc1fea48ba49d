# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=paramnames shape=sh_c_list_run sink=specific expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00346(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    proc = subprocess.run(["sh", "-c", "ls " + bar], capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00346/", benchmark_test_00346),
]
