# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=header propagation=join_builder_replaced sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00431(request):
    param = request.headers.get("X-Benchmark", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00431/", benchmark_test_00431),
]
