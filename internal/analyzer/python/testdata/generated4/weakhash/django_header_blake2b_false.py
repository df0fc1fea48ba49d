# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=django source=header shape=blake2b sink=config expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00555(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    result = hashlib.blake2b(bar.encode("utf-8"), digest_size=32).hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00555/", benchmark_test_00555),
]
