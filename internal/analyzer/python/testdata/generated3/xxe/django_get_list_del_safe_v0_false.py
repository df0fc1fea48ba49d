# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=get propagation=list_del_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00419(request):
    param = request.GET.get("BenchmarkTest", "")
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00419/", benchmark_test_00419),
]
