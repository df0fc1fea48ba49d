# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=cookie shape=hazmat_ctr_zero_nonce expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00033(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    key = os.urandom(32)
    encryptor = Cipher(algorithms.AES(key), modes.CTR(b"\x00" * 16)).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(32)[:32]) + encryptor.finalize()).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00033/", benchmark_test_00033),
]
