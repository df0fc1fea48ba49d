# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=get shape=md5_reset_token_digest expected=true
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00078(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    reset_digest = hashlib.md5(("reset:" + bar).encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    result = reset_digest
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00078/", benchmark_test_00078),
]
