# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=body shape=restricted_globals sink=specific expected=true
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00366(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    result = eval(bar, {"__builtins__": {}}, {})  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00366/", benchmark_test_00366),
]
