# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=cookie variant=aes_cbc_const_iv expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00691(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=b"0123456789abcdef")  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00691/", benchmark_test_00691),
]
