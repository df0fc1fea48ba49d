# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=get shape=subdomain_host sink=specific expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00468(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    resp = requests.get("https://" + bar + ".partners.example.com/feed", proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00468/", benchmark_test_00468),
]
