# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=querystring variant=default_context expected=false
import http.client
import ssl
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00762(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    ctx = ssl.create_default_context()
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00762/", benchmark_test_00762),
]
