# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=headernames shape=cbc_default_iv expected=false
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00037(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC)
    result = (cipher.iv + cipher.encrypt(pad(bar.encode("utf-8"), 16))).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00037/", benchmark_test_00037),
]
