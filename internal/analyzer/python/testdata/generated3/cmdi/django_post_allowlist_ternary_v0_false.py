# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=post propagation=allowlist_ternary sink=v0 expected=false
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00109(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    result = os.system("echo " + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00109/", benchmark_test_00109),
]
