# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=body shape=session_request_verify_false expected=true
import json
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00155(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    s = requests.Session()
    s.proxies.update(PROXIES)
    resp = s.request("GET", "https://partner.example.com/api/lookup", params={"q": bar}, verify=False, timeout=5)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00155/", benchmark_test_00155),
]
