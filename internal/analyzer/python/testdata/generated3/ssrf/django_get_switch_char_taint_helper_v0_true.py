# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=get propagation=switch_char_taint (helper class) sink=v0 expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


def benchmark_test_00382(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00382/", benchmark_test_00382),
]
