# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=django source=headernames variant=sha256 expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00664(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    result = hashlib.sha256(bar.encode("utf-8")).hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00664/", benchmark_test_00664),
]
