# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=post shape=password_sample sink=config expected=true
import random

from django.http import JsonResponse
from django.urls import path

ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def benchmark_test_00576(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    password = "".join(random.sample(ALPHABET, 12))  # want: PY-WEAK-RANDOM
    result = len(password) + len(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00576/", benchmark_test_00576),
]
