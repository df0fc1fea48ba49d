# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=querystring propagation=try_int_fallback sink=v1 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00395(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
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
