# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=getdict variant=crypto_aes_gcm expected=false
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00703(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    key = os.urandom(32)
    iv = os.urandom(12)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    result = (encryptor.update(bar.encode("utf-8")) + encryptor.finalize()).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00703/", benchmark_test_00703),
]
