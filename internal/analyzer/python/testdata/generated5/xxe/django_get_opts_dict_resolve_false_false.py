# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=get shape=opts_dict_resolve_false expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00269(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    opts = {"resolve_entities": False, "no_network": True}
    parser = etree.XMLParser(**opts)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00269/", benchmark_test_00269),
]
