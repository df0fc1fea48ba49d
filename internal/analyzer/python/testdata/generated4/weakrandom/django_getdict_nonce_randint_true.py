# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=getdict shape=nonce_randint sink=config expected=true
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00585(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    nonce = str(random.randint(0, 2 ** 32))  # want: PY-WEAK-RANDOM
    result = len(nonce + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00585/", benchmark_test_00585),
]
