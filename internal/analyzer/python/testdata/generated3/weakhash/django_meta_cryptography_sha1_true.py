# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=django source=meta variant=cryptography_sha1 expected=true
from cryptography.hazmat.primitives import hashes
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00658(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    digest = hashes.Hash(hashes.SHA1())  # want: PY-WEAK-HASH
    digest.update(bar.encode("utf-8"))
    result = digest.finalize().hex()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00658/", benchmark_test_00658),
]
