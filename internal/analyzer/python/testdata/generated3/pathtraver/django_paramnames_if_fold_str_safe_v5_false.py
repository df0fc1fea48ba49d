# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=paramnames propagation=if_fold_str_safe sink=v5 expected=false
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00172(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00172/", benchmark_test_00172),
]
