# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=meta shape=arc2_cbc expected=true
import os

from Crypto.Cipher import ARC2
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00003(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    key = os.urandom(16)
    cipher = ARC2.new(key, ARC2.MODE_CBC, iv=os.urandom(8))  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00003/", benchmark_test_00003),
]
