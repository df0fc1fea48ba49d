# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=post shape=spawnl_sh sink=specific expected=true
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00338(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    result = os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "ping -c 1 " + bar)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00338/", benchmark_test_00338),
]
