# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=post propagation=b64_roundtrip sink=v0 expected=true
import base64

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00533(request):
    param = request.POST.get("BenchmarkTest", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00533/", benchmark_test_00533),
]
