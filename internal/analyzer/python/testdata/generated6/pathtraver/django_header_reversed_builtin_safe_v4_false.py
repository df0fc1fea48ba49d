# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header shape=reversed_builtin_safe sink=v4 expected=false
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


def benchmark_test_00175(request):
    param = request.headers.get("X-Benchmark", "")
    bar = list(reversed([param, "safe"]))[0]
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00175/", benchmark_test_00175),
]
