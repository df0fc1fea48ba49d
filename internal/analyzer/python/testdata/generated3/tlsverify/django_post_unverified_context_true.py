# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=post variant=unverified_context expected=true
import http.client
import ssl
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00744(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    ctx = ssl._create_unverified_context()  # want: PY-TLS-VERIFY-OFF
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00744/", benchmark_test_00744),
]
