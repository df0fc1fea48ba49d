# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=post shape=join_generator_strip sink=v4 expected=true
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


def benchmark_test_00207(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = "-".join(p.strip() for p in param.split(","))
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00207/", benchmark_test_00207),
]
