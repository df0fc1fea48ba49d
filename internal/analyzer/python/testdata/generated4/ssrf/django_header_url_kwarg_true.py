# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=header shape=url_kwarg sink=specific expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00476(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    resp = requests.request("GET", url=bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00476/", benchmark_test_00476),
]
