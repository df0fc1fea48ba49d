# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=pathparam propagation=undecidable_ternary (helper class) sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


def benchmark_test_00477(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00477/<str:test_id>/", benchmark_test_00477),
]
