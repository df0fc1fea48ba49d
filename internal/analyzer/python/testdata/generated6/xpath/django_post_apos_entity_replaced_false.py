# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=post shape=apos_entity_replaced sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00428(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    name = bar.replace("'", "&apos;")
    nodes = EMPLOYEES.xpath("//Employee[@name='" + name + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00428/", benchmark_test_00428),
]
