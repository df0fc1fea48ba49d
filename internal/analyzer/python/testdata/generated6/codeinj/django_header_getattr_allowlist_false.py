# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=header shape=getattr_allowlist sink=specific expected=false
import math

from django.http import JsonResponse
from django.urls import path

FUNCS = {"s": "sqrt", "l": "log"}


def benchmark_test_00485(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    result = getattr(math, FUNCS.get(bar, "sqrt"))(16)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00485/", benchmark_test_00485),
]
