# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=post shape=ecb_module_const sink=config expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path

MODE = AES.MODE_ECB


def benchmark_test_00564(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, MODE)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00564/", benchmark_test_00564),
]
