# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=get shape=sample_analytics expected=false
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00132(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    events = list(range(1000))
    picked = random.sample(events, 10)
    result = sum(picked) + len(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00132/", benchmark_test_00132),
]
