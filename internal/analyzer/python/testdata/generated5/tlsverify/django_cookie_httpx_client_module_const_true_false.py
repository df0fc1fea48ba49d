# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=cookie shape=httpx_client_module_const_true expected=false
import httpx

from django.http import JsonResponse
from django.urls import path

VERIFY_TLS = True


def benchmark_test_00159(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    with httpx.Client(verify=VERIFY_TLS, proxy="http://egress.internal:3128") as client:
        result = client.get("https://partner.example.com/api/lookup", params={"q": bar}).status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00159/", benchmark_test_00159),
]
