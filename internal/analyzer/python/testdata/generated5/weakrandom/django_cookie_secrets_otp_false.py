# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=cookie shape=secrets_otp expected=false
import secrets

from django.http import JsonResponse
from django.urls import path

PENDING_OTPS = {}


def benchmark_test_00141(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    otp_code = "%06d" % secrets.randbelow(1000000)
    PENDING_OTPS[bar[:32]] = otp_code
    result = len(PENDING_OTPS)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00141/", benchmark_test_00141),
]
