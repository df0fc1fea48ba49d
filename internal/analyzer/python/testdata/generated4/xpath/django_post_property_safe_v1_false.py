# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=post shape=property_safe sink=v1 expected=false
import re

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def safe(self):
        return re.sub(r"[^A-Za-z0-9]", "", self._raw)


def benchmark_test_00036(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Wrapper(param).safe
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00036/", benchmark_test_00036),
]
