# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=header shape=system_random_instance sink=config expected=false
import random

from django.http import JsonResponse
from django.urls import path

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def benchmark_test_00579(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    rng = random.SystemRandom()
    token = "".join(rng.choice(ALPHABET) for _ in range(32))
    result = len(token) + len(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00579/", benchmark_test_00579),
]
