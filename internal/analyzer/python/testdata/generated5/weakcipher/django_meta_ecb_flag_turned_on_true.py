# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=meta shape=ecb_flag_turned_on expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path

LEGACY_CLIENTS = True


def benchmark_test_00020(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    key = os.urandom(16)
    mode = AES.MODE_GCM
    if LEGACY_CLIENTS:
        mode = AES.MODE_ECB
    cipher = AES.new(key, mode)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00020/", benchmark_test_00020),
]
