# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=post shape=enum_value_lookup sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from enum import Enum
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Color(Enum):
    RED = "red"
    GREEN = "green"


def benchmark_test_00288(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Color(param).value
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00288/", benchmark_test_00288),
]
