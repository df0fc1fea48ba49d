# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=body shape=display_color expected=false
import json
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00137(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    color = "#%06x" % random.randint(0, 0xFFFFFF)
    result = color + bar[:0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00137/", benchmark_test_00137),
]
