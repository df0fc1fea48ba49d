# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=getlist propagation=b64_roundtrip sink=v1 expected=true
import base64

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00593(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00593/", benchmark_test_00593),
]
