# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=post variant=des3_cbc expected=true
import os

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00680(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    key = DES3.adjust_key_parity(os.urandom(24))
    cipher = DES3.new(key, DES3.MODE_CBC, iv=os.urandom(8))  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00680/", benchmark_test_00680),
]
