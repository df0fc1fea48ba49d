# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=cookie shape=requests_verify_ca_const expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
CA_BUNDLE = "/etc/ssl/certs/partner-ca.pem"


def benchmark_test_00194(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=CA_BUNDLE, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00194/", benchmark_test_00194),
]
