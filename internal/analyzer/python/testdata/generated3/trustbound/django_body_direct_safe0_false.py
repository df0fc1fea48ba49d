# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=body propagation=direct sink=safe0 expected=false
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00477(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    request.session["userid_length"] = len(bar)
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00477/", benchmark_test_00477),
]
