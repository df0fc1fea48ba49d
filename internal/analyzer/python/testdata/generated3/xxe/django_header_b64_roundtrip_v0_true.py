# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=header propagation=b64_roundtrip sink=v0 expected=true
import base64

from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00413(request):
    param = request.headers.get("X-Benchmark", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00413/", benchmark_test_00413),
]
