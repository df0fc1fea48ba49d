# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=django source=post shape=nested_fstring sink=v1 expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00193(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = f"{f'{param}'.strip()}"
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00193/", benchmark_test_00193),
]
