# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=django source=header shape=asyncio_run_const sink=v1 expected=false
import asyncio
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


def benchmark_test_00108(request):
    param = request.headers.get("X-Benchmark", "")
    bar = asyncio.run(label_async(param))
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00108/", benchmark_test_00108),
]
