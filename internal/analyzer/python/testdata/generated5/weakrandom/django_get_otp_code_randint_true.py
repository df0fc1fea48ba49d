# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=get shape=otp_code_randint expected=true
import random

from django.http import JsonResponse
from django.urls import path

PENDING_OTPS = {}


def benchmark_test_00114(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    otp_code = "%06d" % random.randint(0, 999999)  # want: PY-WEAK-RANDOM
    PENDING_OTPS[bar[:32]] = otp_code
    result = len(PENDING_OTPS)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00114/", benchmark_test_00114),
]
