# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=post propagation=join_builder_replaced sink=v2 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00369(request):
    param = request.POST.get("BenchmarkTest", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00369/", benchmark_test_00369),
]
