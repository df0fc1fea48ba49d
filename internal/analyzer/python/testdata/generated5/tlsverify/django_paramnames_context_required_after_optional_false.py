# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=paramnames shape=context_required_after_optional expected=false
import http.client
import ssl
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00190(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    ctx = ssl.create_default_context()
    ctx.verify_mode = ssl.CERT_OPTIONAL
    ctx.verify_mode = ssl.CERT_REQUIRED
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00190/", benchmark_test_00190),
]
