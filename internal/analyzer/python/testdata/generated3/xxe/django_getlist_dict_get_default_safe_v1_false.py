# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=getlist propagation=dict_get_default_safe sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00425(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00425/", benchmark_test_00425),
]
