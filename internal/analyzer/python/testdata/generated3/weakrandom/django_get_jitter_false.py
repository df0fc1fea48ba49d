# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=get variant=jitter expected=false
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00739(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    delay = random.uniform(0.1, 0.5)
    result = round(delay, 2)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00739/", benchmark_test_00739),
]
