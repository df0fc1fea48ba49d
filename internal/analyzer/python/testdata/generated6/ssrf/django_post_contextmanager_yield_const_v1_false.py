# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=django source=post shape=contextmanager_yield_const sink=v1 expected=false
import contextlib
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@contextlib.contextmanager
def trimmed(value):
    yield value.strip()


@contextlib.contextmanager
def placeholder(value):
    yield "placeholder"


def benchmark_test_00092(request):
    param = request.POST.get("BenchmarkTest", "")
    with placeholder(param) as v:
        bar = v
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00092/", benchmark_test_00092),
]
