# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=getlist propagation=allowlist_ternary sink=v0 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00346(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param if param in ("alpha", "beta") else "alpha"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00346/", benchmark_test_00346),
]
