# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=cookie shape=algo_reassigned expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00087(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    algo = "md5"
    algo = "sha256"
    result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00087/", benchmark_test_00087),
]
