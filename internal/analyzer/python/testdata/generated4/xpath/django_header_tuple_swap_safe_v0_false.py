# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=header shape=tuple_swap_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00117(request):
    param = request.headers.get("X-Benchmark", "")
    a, b = param, "safe"
    a, b = b, a
    bar = a
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00117/", benchmark_test_00117),
]
