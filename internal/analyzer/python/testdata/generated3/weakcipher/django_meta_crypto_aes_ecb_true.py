# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=meta variant=crypto_aes_ecb expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00686(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    key = os.urandom(32)
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(16)) + encryptor.finalize()).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00686/", benchmark_test_00686),
]
