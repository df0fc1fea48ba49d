# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=post shape=dict_keyed_by_input_value sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00139(request):
    param = request.POST.get("BenchmarkTest", "")
    lookup = {param: "fixed"}
    bar = lookup[param]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00139/", benchmark_test_00139),
]
