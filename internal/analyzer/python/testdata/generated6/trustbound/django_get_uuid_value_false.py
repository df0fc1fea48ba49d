# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=get shape=uuid_value sink=specific expected=false
import uuid

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00463(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    request.session["device"] = str(uuid.UUID(bar))
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00463/", benchmark_test_00463),
]
