# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=get shape=des_named_only expected=false
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00060(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    ALGORITHM_NOTE = "DES and 3DES are retired; AES-GCM is used"
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    result = ALGORITHM_NOTE + (nonce + AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00060/", benchmark_test_00060),
]
