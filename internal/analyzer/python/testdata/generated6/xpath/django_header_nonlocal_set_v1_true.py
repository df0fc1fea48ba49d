# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=header shape=nonlocal_set sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def outer_set(value):
    result = "safe"

    def set_it():
        nonlocal result
        result = value

    set_it()
    return result


def outer_unset(value):
    result = "safe"

    def set_it():
        nonlocal result
        result = value

    return result


def benchmark_test_00256(request):
    param = request.headers.get("X-Benchmark", "")
    bar = outer_set(param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00256/", benchmark_test_00256),
]
