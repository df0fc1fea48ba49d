# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=get propagation=direct sink=safe2 expected=false
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00208(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    full = os.path.realpath(os.path.join(BASE_DIR, bar))
    if not full.startswith(BASE_DIR):
        full = os.path.join(BASE_DIR, "index.txt")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00208/", benchmark_test_00208),
]
