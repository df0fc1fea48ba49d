# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=meta shape=rng_reassigned_system expected=false
import random
import string

from django.http import JsonResponse
from django.urls import path

ALPHABET = string.ascii_letters + string.digits


def benchmark_test_00146(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    rng = random.Random()
    rng = random.SystemRandom()
    invite_code = "".join(rng.choice(ALPHABET) for _ in range(10))
    result = len(invite_code + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00146/", benchmark_test_00146),
]
