# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=headernames shape=pickle_hmac_verified sink=specific expected=false
import base64
import hashlib
import hmac
import os
import pickle

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
SIGNING_KEY = os.environ["SIGNING_KEY"].encode()


def benchmark_test_00526(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    raw = base64.b64decode(bar)
    sig, blob = raw[:32], raw[32:]
    expected = hmac.new(SIGNING_KEY, blob, hashlib.sha256).digest()
    if not hmac.compare_digest(sig, expected):
        return HttpResponseBadRequest("invalid")
    obj = pickle.loads(blob)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00526/", benchmark_test_00526),
]
