# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=get shape=des_dead_branch expected=false
import os

from Crypto.Cipher import AES, DES
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00024(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    if False:
        cipher = DES.new(os.urandom(8), DES.MODE_ECB)
    else:
        cipher = AES.new(os.urandom(16), AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00024/", benchmark_test_00024),
]
