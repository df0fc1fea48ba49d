# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=body shape=verify_flag_turned_off expected=true
import json
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
DEBUG_TLS = True


def benchmark_test_00173(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    verify = True
    if DEBUG_TLS:
        verify = False
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=verify, proxies=PROXIES, timeout=5)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00173/", benchmark_test_00173),
]
