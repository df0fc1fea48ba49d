# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=get shape=feed_parser_unsafe expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree


def benchmark_test_00287(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    parser = etree.XMLParser(resolve_entities=True)
    parser.feed(bar)
    root = parser.close()  # want: PY-XXE
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00287/", benchmark_test_00287),
]
