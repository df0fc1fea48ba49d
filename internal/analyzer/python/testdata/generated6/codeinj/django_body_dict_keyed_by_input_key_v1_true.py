# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=body shape=dict_keyed_by_input_key sink=v1 expected=true
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00144(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = next(iter({param: "fixed"}))
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00144/", benchmark_test_00144),
]
