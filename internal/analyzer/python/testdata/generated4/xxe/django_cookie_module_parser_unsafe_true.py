# generated case (gen_cases4): category=xxe rule=PY-XXE fw=django source=cookie shape=module_parser_unsafe sink=specific expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

PARSER = etree.XMLParser(resolve_entities=True, no_network=False)


def benchmark_test_00480(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    root = etree.fromstring(bar.encode("utf-8"), PARSER)  # want: PY-XXE
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00480/", benchmark_test_00480),
]
