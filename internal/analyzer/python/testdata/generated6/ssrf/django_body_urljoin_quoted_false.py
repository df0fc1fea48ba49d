# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=django source=body shape=urljoin_quoted sink=specific expected=false
import json
import requests
import urllib.parse

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00416(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    resp = requests.get(urllib.parse.urljoin("https://api.example.com/v1/", urllib.parse.quote(bar, safe="")), proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00416/", benchmark_test_00416),
]
