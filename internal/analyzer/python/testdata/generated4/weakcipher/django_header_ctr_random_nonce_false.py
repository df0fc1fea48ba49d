# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=header shape=ctr_random_nonce sink=config expected=false
import os

from Crypto.Cipher import AES
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00567(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    key = os.urandom(32)
    cipher = AES.new(key, AES.MODE_CTR, nonce=os.urandom(8))
    result = (cipher.nonce + cipher.encrypt(bar.encode("utf-8"))).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00567/", benchmark_test_00567),
]
