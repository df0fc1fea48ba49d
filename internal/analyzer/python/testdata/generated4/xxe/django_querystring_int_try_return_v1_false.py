# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=querystring shape=int_try_return sink=v1 expected=false
import urllib.parse

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00166(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    try:
        n = int(param)
    except ValueError:
        return HttpResponseBadRequest("invalid")
    bar = str(n)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00166/", benchmark_test_00166),
]
