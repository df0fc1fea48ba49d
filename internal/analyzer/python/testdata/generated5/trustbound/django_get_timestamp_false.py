# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=get shape=timestamp expected=false
import time

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00432(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    request.session["seen_at"] = time.time()
    result = len(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00432/", benchmark_test_00432),
]
