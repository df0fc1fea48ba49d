# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=get shape=global_default_context_replaced expected=true
import http.client
import ssl
import urllib.parse

from django.http import JsonResponse
from django.urls import path

ssl._create_default_https_context = ssl._create_unverified_context  # want: PY-TLS-VERIFY-OFF


def benchmark_test_00186(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    conn = http.client.HTTPSConnection("partner.example.com")
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00186/", benchmark_test_00186),
]
