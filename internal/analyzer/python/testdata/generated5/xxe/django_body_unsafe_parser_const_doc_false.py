# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=body shape=unsafe_parser_const_doc expected=false
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree

TEMPLATE_XML = b"<!DOCTYPE r [<!ENTITY n \"Widget\">]><r><name>&n;</name></r>"


def benchmark_test_00292(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(TEMPLATE_XML, parser)
    result = root.findtext("name") + bar[:0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00292/", benchmark_test_00292),
]
