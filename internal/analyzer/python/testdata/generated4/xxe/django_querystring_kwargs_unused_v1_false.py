# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=querystring shape=kwargs_unused sink=v1 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from lxml import etree


def build(**opts):
    return opts.get("term", "")


def benchmark_test_00234(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = build(scope=param) or "none"
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00234/", benchmark_test_00234),
]
