# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=body shape=chain_taint sink=v1 expected=true
import itertools
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00245(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = list(itertools.chain(["safe"], [param]))[1]
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00245/", benchmark_test_00245),
]
