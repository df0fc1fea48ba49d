# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=headernames shape=rsa_bits_module_const_4096 expected=false
from cryptography.hazmat.primitives.asymmetric import rsa
from django.http import JsonResponse
from django.urls import path

KEY_BITS = 4096
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00055(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    result = len(bar) + key.key_size
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00055/", benchmark_test_00055),
]
