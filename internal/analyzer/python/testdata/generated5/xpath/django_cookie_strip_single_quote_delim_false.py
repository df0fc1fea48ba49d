# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=django source=cookie shape=strip_single_quote_delim expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00332(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    name = bar.replace("'", "")
    nodes = EMPLOYEES.xpath("//Employee[@name='" + name + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00332/", benchmark_test_00332),
]
