# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=body shape=note_direct expected=true
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00411(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    request.session["cart_note"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00411/", benchmark_test_00411),
]
