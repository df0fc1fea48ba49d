# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=cookie shape=aes_key_wrap expected=false
import os

from cryptography.hazmat.primitives.keywrap import aes_key_wrap
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00051(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    kek = os.urandom(32)
    data_key = bar.encode("utf-8").ljust(32, b"\0")[:32]
    result = aes_key_wrap(kek, data_key).hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00051/", benchmark_test_00051),
]
