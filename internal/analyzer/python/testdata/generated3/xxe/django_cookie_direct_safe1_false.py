# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=cookie propagation=direct sink=safe1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00447(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), parser)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00447/", benchmark_test_00447),
]
