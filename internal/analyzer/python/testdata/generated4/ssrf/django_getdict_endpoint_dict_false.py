# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=getdict shape=endpoint_dict sink=specific expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
ENDPOINTS = {"status": "https://api.example.com/status", "health": "https://api.example.com/health"}


def benchmark_test_00464(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    url = ENDPOINTS.get(bar, ENDPOINTS["status"])
    resp = requests.get(url, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00464/", benchmark_test_00464),
]
