# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=getlist propagation=list_del_taint (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


def benchmark_test_00459(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00459/", benchmark_test_00459),
]
