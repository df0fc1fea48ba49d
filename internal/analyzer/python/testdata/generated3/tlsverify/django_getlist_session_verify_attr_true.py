# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=getlist variant=session_verify_attr expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00743(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    s = requests.Session()
    s.verify = False  # want: PY-TLS-VERIFY-OFF
    s.proxies.update(PROXIES)
    resp = s.get("https://partner.example.com/api/lookup", params={"q": bar}, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00743/", benchmark_test_00743),
]
