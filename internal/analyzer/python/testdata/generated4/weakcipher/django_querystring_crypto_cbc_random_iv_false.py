# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=querystring shape=crypto_cbc_random_iv sink=config expected=false
import os
import urllib.parse

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00570(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    key = os.urandom(32)
    iv = os.urandom(16)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    result = (iv + encryptor.update(bar.encode("utf-8").ljust(16)[:16]) + encryptor.finalize()).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00570/", benchmark_test_00570),
]
