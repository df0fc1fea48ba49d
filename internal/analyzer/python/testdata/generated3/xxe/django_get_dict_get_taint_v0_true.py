# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=get propagation=dict_get_taint sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00401(request):
    param = request.GET.get("BenchmarkTest", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)  # want: PY-XXE
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00401/", benchmark_test_00401),
]
