# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=headernames shape=settings_class_true expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Settings:
    VERIFY_SSL = True
    TIMEOUT = 5


def benchmark_test_00163(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=Settings.VERIFY_SSL, proxies=PROXIES, timeout=Settings.TIMEOUT)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00163/", benchmark_test_00163),
]
