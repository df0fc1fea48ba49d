# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=headernames shape=hmac_md5_digestmod expected=true
import hashlib
import hmac
import os

from django.http import JsonResponse
from django.urls import path

HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00073(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    mac = hmac.new(HMAC_KEY, bar.encode("utf-8"), hashlib.md5)  # want: PY-WEAK-HASH
    result = mac.hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00073/", benchmark_test_00073),
]
