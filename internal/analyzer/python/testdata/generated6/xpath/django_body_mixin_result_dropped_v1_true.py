# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=body shape=mixin_result_dropped sink=v1 expected=true
import json
import re

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class CleanMixin:
    def clean(self, value):
        return re.sub(r"[^A-Za-z0-9]", "", value)


class CleanHandler(CleanMixin):
    def handle(self, value):
        return self.clean(value)


class LeakyHandler(CleanMixin):
    def handle(self, value):
        self.clean(value)
        return value


def benchmark_test_00022(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = LeakyHandler().handle(param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00022/", benchmark_test_00022),
]
