# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=header shape=nullcontext_value sink=v1 expected=true
import contextlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00094(request):
    param = request.headers.get("X-Benchmark", "")
    with contextlib.nullcontext(param) as v:
        bar = v
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00094/", benchmark_test_00094),
]
