# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=paramnames shape=numpy_otp expected=true
import numpy as np

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00118(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    digits = np.random.randint(0, 10, size=6)  # want: PY-WEAK-RANDOM
    otp = "".join(str(d) for d in digits)
    result = len(otp + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00118/", benchmark_test_00118),
]
