# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=body shape=parser_reassigned_unsafe expected=true
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00274(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    parser = etree.XMLParser(resolve_entities=False)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00274/", benchmark_test_00274),
]
