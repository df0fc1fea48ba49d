# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=body shape=cbc_iv_from_key expected=true
import json
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00029(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    key = os.urandom(32)
    iv = key[:16]
    cipher = AES.new(key, AES.MODE_CBC, iv=iv)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00029/", benchmark_test_00029),
]
