# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=django source=cookie shape=format_kwargs expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00314(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    expr = "//Employee[@name='{name}']".format(**{"name": bar})
    nodes = EMPLOYEES.xpath(expr)  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00314/", benchmark_test_00314),
]
