# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=paramnames shape=inline_safe_parser expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00291(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    root = etree.fromstring(bar.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00291/", benchmark_test_00291),
]
