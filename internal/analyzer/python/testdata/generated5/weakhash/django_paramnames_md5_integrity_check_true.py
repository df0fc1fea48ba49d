# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=paramnames shape=md5_integrity_check expected=true
import hashlib
import hmac

from django.http import JsonResponse
from django.urls import path

EXPECTED_CHECKSUM = "9e107d9d372bb6826bd81d3542a419d6"


def benchmark_test_00082(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    checksum = hashlib.md5(bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    result = hmac.compare_digest(checksum, EXPECTED_CHECKSUM)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00082/", benchmark_test_00082),
]
