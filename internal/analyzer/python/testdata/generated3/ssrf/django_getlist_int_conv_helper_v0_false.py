# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=getlist propagation=int_conv (helper class) sink=v0 expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00372(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00372/", benchmark_test_00372),
]
