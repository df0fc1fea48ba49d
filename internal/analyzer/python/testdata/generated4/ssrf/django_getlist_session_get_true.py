# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=getlist shape=session_get sink=specific expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00472(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    with requests.Session() as s:
        s.proxies.update(PROXIES)
        result = s.get(bar, timeout=5).status_code  # want: PY-SSRF
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00472/", benchmark_test_00472),
]
