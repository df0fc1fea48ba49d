# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=post shape=verify_from_env sink=config expected=false
import os
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
VERIFY_TLS = os.environ.get("VERIFY_TLS", "1") != "0"


def benchmark_test_00588(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=VERIFY_TLS, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00588/", benchmark_test_00588),
]
