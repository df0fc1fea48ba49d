# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=cookie variant=proxymanager_cert_required expected=false
import urllib3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00755(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs="CERT_REQUIRED")
    resp = http.request("GET", "https://partner.example.com/api/lookup", fields={"q": bar})
    result = resp.status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00755/", benchmark_test_00755),
]
