# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=pathparam variant=aesgcm expected=false
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00697(request, test_id):
    param = test_id
    bar = param
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    result = AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00697/<str:test_id>/", benchmark_test_00697),
]
