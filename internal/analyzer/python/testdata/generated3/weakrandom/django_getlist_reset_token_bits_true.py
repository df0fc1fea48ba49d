# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=getlist variant=reset_token_bits expected=true
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00709(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    reset_token = "%032x" % random.getrandbits(128)  # want: PY-WEAK-RANDOM
    result = reset_token + bar[:0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00709/", benchmark_test_00709),
]
