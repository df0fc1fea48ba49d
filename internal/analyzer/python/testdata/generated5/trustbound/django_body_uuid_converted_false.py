# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=body shape=uuid_converted expected=false
import json
import uuid

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00443(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    request.session["order_ref"] = str(uuid.UUID(bar))
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00443/", benchmark_test_00443),
]
