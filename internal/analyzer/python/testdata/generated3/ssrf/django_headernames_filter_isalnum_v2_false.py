# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=headernames propagation=filter_isalnum sink=v2 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00397(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = "".join(filter(str.isalnum, param))
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00397/", benchmark_test_00397),
]
