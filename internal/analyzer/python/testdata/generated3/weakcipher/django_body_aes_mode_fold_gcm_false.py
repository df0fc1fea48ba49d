# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=body variant=aes_mode_fold_gcm expected=false
import json
import os

from Crypto.Cipher import AES
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00704(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    key = os.urandom(16)
    mode = AES.MODE_GCM if (7 * 18) + 106 > 200 else AES.MODE_ECB
    cipher = AES.new(key, mode)
    ciphertext, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = ciphertext.hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00704/", benchmark_test_00704),
]
