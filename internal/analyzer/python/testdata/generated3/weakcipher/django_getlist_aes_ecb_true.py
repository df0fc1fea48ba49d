# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=getlist variant=aes_ecb expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00679(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_ECB)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00679/", benchmark_test_00679),
]
