# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=headernames shape=ecb_mode_dict expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from django.http import JsonResponse
from django.urls import path

MODES = {"fast": modes.ECB}
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00019(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    key = os.urandom(32)
    encryptor = Cipher(algorithms.AES(key), MODES["fast"]()).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(32)[:32]) + encryptor.finalize()).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00019/", benchmark_test_00019),
]
