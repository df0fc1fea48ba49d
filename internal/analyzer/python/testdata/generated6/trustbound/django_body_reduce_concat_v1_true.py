# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=body shape=reduce_concat sink=v1 expected=true
import functools
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00238(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = functools.reduce(lambda acc, s: acc + s, ["a-", param], "")
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00238/", benchmark_test_00238),
]
