# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=get shape=hazmat_arc4 expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00007(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    key = os.urandom(16)
    encryptor = Cipher(algorithms.ARC4(key), mode=None).encryptor()  # want: PY-WEAK-CIPHER
    result = encryptor.update(bar.encode("utf-8")).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00007/", benchmark_test_00007),
]
