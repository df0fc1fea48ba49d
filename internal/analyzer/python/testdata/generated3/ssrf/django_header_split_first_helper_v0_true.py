# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=header propagation=split_first (helper class) sink=v0 expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


def benchmark_test_00394(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00394/", benchmark_test_00394),
]
