# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=paramnames shape=verify_dead_branch expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
DEBUG_TLS = False


def benchmark_test_00172(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    verify = True
    if DEBUG_TLS:
        verify = False
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=verify, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00172/", benchmark_test_00172),
]
