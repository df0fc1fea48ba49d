# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=cookie shape=two_parsers_safe_used expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00278(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    lenient = etree.XMLParser(resolve_entities=True)
    strict = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(bar.encode("utf-8"), strict)
    result = root.findtext("name") or str(lenient)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00278/", benchmark_test_00278),
]
