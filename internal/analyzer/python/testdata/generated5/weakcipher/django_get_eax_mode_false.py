# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=get shape=eax_mode expected=false
import os

from Crypto.Cipher import AES
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00042(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_EAX)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00042/", benchmark_test_00042),
]
