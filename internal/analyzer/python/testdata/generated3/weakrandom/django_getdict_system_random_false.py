# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=getdict variant=system_random expected=false
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00733(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    otp = str(random.SystemRandom().randint(100000, 999999))
    result = len(otp + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00733/", benchmark_test_00733),
]
