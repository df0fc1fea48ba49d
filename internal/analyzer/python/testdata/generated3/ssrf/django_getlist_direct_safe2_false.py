# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=getlist propagation=direct sink=safe2 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00405(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    resp = requests.get("https://api.example.com/items/" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00405/", benchmark_test_00405),
]
