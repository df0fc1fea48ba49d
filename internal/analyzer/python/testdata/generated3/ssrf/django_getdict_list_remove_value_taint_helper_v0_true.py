# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=getdict propagation=list_remove_value_taint (helper class) sink=v0 expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


def benchmark_test_00376(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00376/", benchmark_test_00376),
]
