# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=django source=meta shape=dsa_1024 expected=true
from cryptography.hazmat.primitives.asymmetric import dsa
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00056(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    key = dsa.generate_private_key(key_size=1024)  # want: PY-WEAK-CIPHER
    result = len(bar) + key.key_size
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00056/", benchmark_test_00056),
]
