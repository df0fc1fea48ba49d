# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=headernames shape=sample_invite_code expected=true
import random

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00127(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    invite_code = "".join(str(d) for d in random.sample(range(10), 6))  # want: PY-WEAK-RANDOM
    result = len(invite_code + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00127/", benchmark_test_00127),
]
