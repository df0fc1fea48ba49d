# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=paramnames shape=chacha20_poly1305_pycryptodome expected=false
import os

from Crypto.Cipher import ChaCha20_Poly1305
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00046(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    key = os.urandom(32)
    cipher = ChaCha20_Poly1305.new(key=key)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00046/", benchmark_test_00046),
]
