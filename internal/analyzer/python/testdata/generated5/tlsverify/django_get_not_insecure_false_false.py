# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=get shape=not_insecure_false expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
INSECURE = False


def benchmark_test_00168(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=not INSECURE, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00168/", benchmark_test_00168),
]
