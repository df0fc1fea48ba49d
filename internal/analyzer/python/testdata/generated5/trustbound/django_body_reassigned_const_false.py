# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=body shape=reassigned_const expected=false
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00439(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    value = bar
    value = "guest"
    request.session["display_name"] = value
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00439/", benchmark_test_00439),
]
