# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=paramnames propagation=dict_get_default_safe sink=v2 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00363(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00363/", benchmark_test_00363),
]
