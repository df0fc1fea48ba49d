# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=header shape=guard_isdigit sink=v0 expected=false
from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00157(request):
    param = request.headers.get("X-Benchmark", "")
    if not param.isdigit():
        return HttpResponseBadRequest("invalid")
    bar = param
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00157/", benchmark_test_00157),
]
