# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=body shape=aesccm expected=false
import json
import os

from cryptography.hazmat.primitives.ciphers.aead import AESCCM
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00047(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    key = AESCCM.generate_key(bit_length=128)
    nonce = os.urandom(13)
    result = (nonce + AESCCM(key).encrypt(nonce, bar.encode("utf-8"), None)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00047/", benchmark_test_00047),
]
