# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=querystring shape=context_cert_required sink=config expected=false
import http.client
import ssl
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00594(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    ctx = ssl.create_default_context()
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00594/", benchmark_test_00594),
]
