# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header propagation=direct sink=safe4 expected=false
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


def benchmark_test_00210(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    full = os.path.realpath(os.path.join(BASE_ROOT, bar))
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00210/", benchmark_test_00210),
]
