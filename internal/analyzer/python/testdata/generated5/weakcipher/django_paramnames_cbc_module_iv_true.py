# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=paramnames shape=cbc_module_iv expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path

STATIC_IV = b"\x00" * 16


def benchmark_test_00028(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=STATIC_IV)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00028/", benchmark_test_00028),
]
