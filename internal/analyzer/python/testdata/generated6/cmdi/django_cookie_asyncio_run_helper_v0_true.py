# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=cookie shape=asyncio_run_helper sink=v0 expected=true
import asyncio
import os

from django.http import JsonResponse
from django.urls import path


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


def benchmark_test_00104(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = asyncio.run(echo_async(param))
    result = os.system("echo " + bar)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00104/", benchmark_test_00104),
]
