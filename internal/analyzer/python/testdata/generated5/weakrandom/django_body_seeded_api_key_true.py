# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=body shape=seeded_api_key expected=true
import json
import random
import string
import time

from django.http import JsonResponse
from django.urls import path

ALPHABET = string.ascii_letters + string.digits


def benchmark_test_00119(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    rng = random.Random(int(time.time()))
    api_key = "".join(rng.choice(ALPHABET) for _ in range(40))  # want: PY-WEAK-RANDOM
    result = len(api_key + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00119/", benchmark_test_00119),
]
