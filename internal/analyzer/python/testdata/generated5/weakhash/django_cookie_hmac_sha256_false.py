# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=cookie shape=hmac_sha256 expected=false
import hashlib
import hmac
import os

from django.http import JsonResponse
from django.urls import path

HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")


def benchmark_test_00105(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    mac = hmac.new(HMAC_KEY, bar.encode("utf-8"), hashlib.sha256)
    result = mac.hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00105/", benchmark_test_00105),
]
