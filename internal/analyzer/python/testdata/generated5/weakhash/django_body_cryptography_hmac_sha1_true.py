# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=body shape=cryptography_hmac_sha1 expected=true
import json
import os

from cryptography.hazmat.primitives import hashes, hmac as crypto_hmac
from django.http import JsonResponse
from django.urls import path

HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")


def benchmark_test_00083(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    mac = crypto_hmac.HMAC(HMAC_KEY, hashes.SHA1())  # want: PY-WEAK-HASH
    mac.update(bar.encode("utf-8"))
    result = mac.finalize().hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00083/", benchmark_test_00083),
]
