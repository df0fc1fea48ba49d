# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=django source=cookie variant=sha1_not_security expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00663(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    result = hashlib.sha1(bar.encode("utf-8"), usedforsecurity=False).hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00663/", benchmark_test_00663),
]
