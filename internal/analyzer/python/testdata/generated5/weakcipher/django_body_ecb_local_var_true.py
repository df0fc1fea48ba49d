# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=body shape=ecb_local_var expected=true
import json
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00011(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    key = os.urandom(16)
    mode = AES.MODE_ECB
    cipher = AES.new(key, mode)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00011/", benchmark_test_00011),
]
