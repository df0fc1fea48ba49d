# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=body shape=join_dict_values sink=v0 expected=true
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00211(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = ",".join({"x": param}.values())
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00211/", benchmark_test_00211),
]
