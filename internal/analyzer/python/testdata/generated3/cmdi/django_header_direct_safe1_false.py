# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=header propagation=direct sink=safe1 expected=false
import os
import shlex

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00114(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00114/", benchmark_test_00114),
]
