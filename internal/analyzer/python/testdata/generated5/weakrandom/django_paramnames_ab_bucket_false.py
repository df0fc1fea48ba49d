# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=paramnames shape=ab_bucket expected=false
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00136(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    variant = "B" if random.randint(0, 99) < 50 else "A"
    result = variant + bar[:0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00136/", benchmark_test_00136),
]
