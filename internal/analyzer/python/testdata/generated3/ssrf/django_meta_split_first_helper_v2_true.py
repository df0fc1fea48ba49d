# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=meta propagation=split_first (helper class) sink=v2 expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


def benchmark_test_00349(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00349/", benchmark_test_00349),
]
