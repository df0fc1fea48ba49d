# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=headernames shape=check_hostname_off_only expected=true
import http.client
import ssl
import urllib.parse

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00181(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # want: PY-TLS-VERIFY-OFF
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00181/", benchmark_test_00181),
]
