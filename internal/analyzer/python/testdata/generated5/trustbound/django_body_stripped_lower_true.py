# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=body shape=stripped_lower expected=true
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00419(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    request.session["nickname"] = bar.strip().lower()  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00419/", benchmark_test_00419),
]
