# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=meta propagation=thing_factory sink=v2 expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00375(request):
    param = request.META.get("HTTP_REFERER", "")
    thing = make_thing()
    bar = thing.do_something(param)
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00375/", benchmark_test_00375),
]
