# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=cookie shape=urllib3_cert_none_string expected=true
import urllib3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00177(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs="CERT_NONE", assert_hostname=False)  # want: PY-TLS-VERIFY-OFF
    resp = http.request("GET", "https://partner.example.com/api/lookup", fields={"q": bar})
    result = resp.status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00177/", benchmark_test_00177),
]
