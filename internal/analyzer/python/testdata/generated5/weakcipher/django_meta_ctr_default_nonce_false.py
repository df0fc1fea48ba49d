# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=meta shape=ctr_default_nonce expected=false
import os

from Crypto.Cipher import AES
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00038(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    key = os.urandom(32)
    cipher = AES.new(key, AES.MODE_CTR)
    result = (cipher.nonce + cipher.encrypt(bar.encode("utf-8"))).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00038/", benchmark_test_00038),
]
