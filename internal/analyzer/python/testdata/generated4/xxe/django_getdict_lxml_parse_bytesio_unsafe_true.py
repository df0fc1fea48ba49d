# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=getdict shape=lxml_parse_bytesio_unsafe sink=specific expected=true
import io

from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00488(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    parser = etree.XMLParser(resolve_entities=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)  # want: PY-XXE
    result = tree.getroot().tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00488/", benchmark_test_00488),
]
