# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=meta shape=tls_client_cert_none expected=true
import http.client
import ssl
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00182(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False  # want: PY-TLS-VERIFY-OFF
    ctx.verify_mode = ssl.CERT_NONE  # want: PY-TLS-VERIFY-OFF
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00182/", benchmark_test_00182),
]
