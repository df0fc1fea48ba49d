# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=header shape=property_two_attrs_full sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Label:
    def __init__(self, prefix, name):
        self.prefix = prefix
        self.name = name

    @property
    def full(self):
        return self.prefix + self.name

    @property
    def short(self):
        return self.prefix


def benchmark_test_00054(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Label("item-", param).full
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00054/", benchmark_test_00054),
]
