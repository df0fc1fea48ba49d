# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=getdict shape=pycryptodome_rsa_1024 sink=config expected=true
from Crypto.PublicKey import RSA
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00573(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    key = RSA.generate(1024)  # want: PY-WEAK-CIPHER
    result = len(bar) + key.size_in_bits()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00573/", benchmark_test_00573),
]
