# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=headernames variant=gauss_simulation expected=false
import random

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00722(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    noise = random.gauss(0, 0.05)
    result = round(len(bar) * (1 + noise), 2)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00722/", benchmark_test_00722),
]
