# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=headernames shape=md5_named_sha256 expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00109(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    md5sum = hashlib.sha256(bar.encode("utf-8")).hexdigest()
    result = md5sum
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00109/", benchmark_test_00109),
]
