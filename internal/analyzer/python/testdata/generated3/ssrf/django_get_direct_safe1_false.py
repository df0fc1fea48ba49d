# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=get propagation=direct sink=safe1 expected=false
import requests
import urllib.parse

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00404(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    host = urllib.parse.urlparse(bar).hostname
    if host not in ("api.example.com", "cdn.example.com"):
        bar = "https://api.example.com/"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00404/", benchmark_test_00404),
]
