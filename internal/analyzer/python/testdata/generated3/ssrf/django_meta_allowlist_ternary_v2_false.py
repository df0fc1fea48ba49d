# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=meta propagation=allowlist_ternary sink=v2 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00391(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00391/", benchmark_test_00391),
]
