# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=post propagation=match_const_taint sink=v2 expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00385(request):
    param = request.POST.get("BenchmarkTest", "")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00385/", benchmark_test_00385),
]
