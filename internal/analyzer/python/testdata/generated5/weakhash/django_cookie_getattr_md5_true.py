# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=cookie shape=getattr_md5 expected=true
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00069(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    h = getattr(hashlib, "md5")(bar.encode("utf-8"))  # want: PY-WEAK-HASH
    result = h.hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00069/", benchmark_test_00069),
]
