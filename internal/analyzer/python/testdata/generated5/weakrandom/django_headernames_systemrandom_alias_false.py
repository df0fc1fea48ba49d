# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=headernames shape=systemrandom_alias expected=false
import string

from django.http import JsonResponse
from django.urls import path
from random import SystemRandom as SR

ALPHABET = string.ascii_letters + string.digits
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00145(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    temp_password = "".join(SR().choice(ALPHABET) for _ in range(12))
    result = len(temp_password + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00145/", benchmark_test_00145),
]
