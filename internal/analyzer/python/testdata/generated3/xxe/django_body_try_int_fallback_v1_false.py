# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=body propagation=try_int_fallback sink=v1 expected=false
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00395(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00395/", benchmark_test_00395),
]
