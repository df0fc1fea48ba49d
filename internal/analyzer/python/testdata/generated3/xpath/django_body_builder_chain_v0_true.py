# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=body propagation=builder_chain sink=v0 expected=true
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


def benchmark_test_00480(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Builder().set_value(param).get_value()
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00480/", benchmark_test_00480),
]
