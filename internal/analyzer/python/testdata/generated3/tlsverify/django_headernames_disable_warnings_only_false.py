# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=headernames variant=disable_warnings_only expected=false
import requests
import urllib3

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00756(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    urllib3.disable_warnings()
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00756/", benchmark_test_00756),
]
