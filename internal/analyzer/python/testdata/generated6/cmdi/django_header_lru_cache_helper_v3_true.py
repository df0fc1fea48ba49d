# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=header shape=lru_cache_helper sink=v3 expected=true
import functools
import os

from django.http import JsonResponse
from django.urls import path


@functools.lru_cache(maxsize=64)
def normalized(value):
    return value.strip()


def benchmark_test_00081(request):
    param = request.headers.get("X-Benchmark", "")
    bar = normalized(param)
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00081/", benchmark_test_00081),
]
