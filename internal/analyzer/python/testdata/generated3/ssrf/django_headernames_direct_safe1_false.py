# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=headernames propagation=direct sink=safe1 expected=false
import requests
import urllib.parse

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00359(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    host = urllib.parse.urlparse(bar).hostname
    if host not in ("api.example.com", "cdn.example.com"):
        bar = "https://api.example.com/"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00359/", benchmark_test_00359),
]
