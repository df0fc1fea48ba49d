# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=post variant=otp_randint expected=true
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00710(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    otp = str(random.randint(100000, 999999))  # want: PY-WEAK-RANDOM
    result = len(otp + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00710/", benchmark_test_00710),
]
