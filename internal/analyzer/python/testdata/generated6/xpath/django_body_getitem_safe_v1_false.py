# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=body shape=getitem_safe sink=v1 expected=false
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Registry:
    def __init__(self, value):
        self.value = value

    def __getitem__(self, key):
        return self.value if key == "term" else "fixed"


def benchmark_test_00272(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Registry(param)["other"]
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00272/", benchmark_test_00272),
]
