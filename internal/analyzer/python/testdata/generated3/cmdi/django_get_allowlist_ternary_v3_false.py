# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=get propagation=allowlist_ternary sink=v3 expected=false
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00100(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    result = os.popen("nslookup " + bar).read()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00100/", benchmark_test_00100),
]
