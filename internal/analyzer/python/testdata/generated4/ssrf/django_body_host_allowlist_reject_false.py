# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=body shape=host_allowlist_reject sink=specific expected=false
import json
import requests
import urllib.parse

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def benchmark_test_00462(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    parts = urllib.parse.urlsplit(bar)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        return HttpResponseBadRequest("invalid")
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00462/", benchmark_test_00462),
]
