# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=meta shape=hashed_random_token expected=true
import hashlib
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00128(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    verify_token = hashlib.sha256(str(random.random()).encode("utf-8")).hexdigest()  # want: PY-WEAK-RANDOM
    result = len(verify_token + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00128/", benchmark_test_00128),
]
