# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=body variant=banner_choice expected=false
import json
import random

from django.http import JsonResponse
from django.urls import path

BANNERS = ["spring-sale", "new-arrivals", "free-shipping"]


def benchmark_test_00734(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    banner = random.choice(BANNERS)
    result = banner + bar[:0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00734/", benchmark_test_00734),
]
