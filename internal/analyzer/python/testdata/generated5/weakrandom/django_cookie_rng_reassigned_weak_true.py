# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=cookie shape=rng_reassigned_weak expected=true
import random
import string

from django.http import JsonResponse
from django.urls import path

ALPHABET = string.ascii_letters + string.digits


def benchmark_test_00123(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    rng = random.SystemRandom()
    rng = random.Random()
    invite_code = "".join(rng.choice(ALPHABET) for _ in range(10))  # want: PY-WEAK-RANDOM
    result = len(invite_code + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00123/", benchmark_test_00123),
]
