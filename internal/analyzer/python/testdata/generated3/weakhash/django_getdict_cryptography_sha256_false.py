# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=django source=getdict variant=cryptography_sha256 expected=false
from cryptography.hazmat.primitives import hashes
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00675(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    digest = hashes.Hash(hashes.SHA256())
    digest.update(bar.encode("utf-8"))
    result = digest.finalize().hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00675/", benchmark_test_00675),
]
