# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header shape=hex_encode sink=v4 expected=false
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


def benchmark_test_00281(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param.encode("utf-8").hex()
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00281/", benchmark_test_00281),
]
