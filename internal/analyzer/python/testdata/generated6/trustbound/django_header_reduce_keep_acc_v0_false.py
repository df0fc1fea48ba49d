# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=header shape=reduce_keep_acc sink=v0 expected=false
import functools

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00243(request):
    param = request.headers.get("X-Benchmark", "")
    bar = functools.reduce(lambda acc, s: acc, ["a-", param], "safe")
    request.session["userid"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00243/", benchmark_test_00243),
]
