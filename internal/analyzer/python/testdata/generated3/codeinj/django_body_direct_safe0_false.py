# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=body propagation=direct sink=safe0 expected=false
import ast
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00164(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    result = ast.literal_eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00164/", benchmark_test_00164),
]
