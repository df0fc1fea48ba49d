# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=cookie shape=ecb_enum_member expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path
from enum import Enum


class CipherMode(Enum):
    LEGACY = AES.MODE_ECB
    MODERN = AES.MODE_GCM


def benchmark_test_00015(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, CipherMode.LEGACY.value)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00015/", benchmark_test_00015),
]
