# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=header propagation=filter_isalnum sink=v0 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00352(request):
    param = request.headers.get("X-Benchmark", "")
    bar = "".join(filter(str.isalnum, param))
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00352/", benchmark_test_00352),
]
