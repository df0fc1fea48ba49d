# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=header variant=crypto_tripledes expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00685(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    key = os.urandom(24)
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(os.urandom(8))).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(16)) + encryptor.finalize()).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00685/", benchmark_test_00685),
]
