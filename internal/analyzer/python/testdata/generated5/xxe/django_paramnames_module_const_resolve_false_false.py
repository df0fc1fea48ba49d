# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=paramnames shape=module_const_resolve_false expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

RESOLVE_ENTITIES = False


def benchmark_test_00273(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    parser = etree.XMLParser(resolve_entities=RESOLVE_ENTITIES)
    root = etree.XML(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00273/", benchmark_test_00273),
]
