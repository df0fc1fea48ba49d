# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=headernames shape=des_cbc_random_iv expected=true
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00002(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    key = os.urandom(8)
    cipher = DES.new(key, DES.MODE_CBC, iv=os.urandom(8))  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00002/", benchmark_test_00002),
]
