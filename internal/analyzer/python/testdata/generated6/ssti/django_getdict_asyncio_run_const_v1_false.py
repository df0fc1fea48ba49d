# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=django source=getdict shape=asyncio_run_const sink=v1 expected=false
import asyncio

from django.http import JsonResponse
from django.template import Context, Template
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


def benchmark_test_00106(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = asyncio.run(label_async(param))
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00106/", benchmark_test_00106),
]
