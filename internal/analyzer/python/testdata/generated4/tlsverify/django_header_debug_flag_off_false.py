# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=header shape=debug_flag_off sink=config expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
DEBUG = False


def benchmark_test_00591(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=False if DEBUG else True, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00591/", benchmark_test_00591),
]
