# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=post shape=splitext_root sink=specific expected=true
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00365(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    root, _ = os.path.splitext(bar)
    with open(os.path.join(BASE_DIR, root + ".txt")) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00365/", benchmark_test_00365),
]
