# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=meta propagation=join_builder_replaced sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00383(request):
    param = request.META.get("HTTP_REFERER", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    parser = etree.XMLParser(load_dtd=True, no_network=False)
    doc = etree.fromstring(bar.encode("utf-8"), parser=parser)
    result = doc.tag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00383/", benchmark_test_00383),
]
