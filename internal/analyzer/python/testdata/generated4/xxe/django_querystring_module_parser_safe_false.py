# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=querystring shape=module_parser_safe sink=specific expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from lxml import etree

PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def benchmark_test_00482(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    root = etree.fromstring(bar.encode("utf-8"), PARSER)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00482/", benchmark_test_00482),
]
