# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=paramnames shape=lxml_parse_bytesio_safe sink=specific expected=false
import io

from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00490(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    tree = etree.parse(io.BytesIO(bar.encode("utf-8")), parser)
    result = tree.getroot().tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00490/", benchmark_test_00490),
]
