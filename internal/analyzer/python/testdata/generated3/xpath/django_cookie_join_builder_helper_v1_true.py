# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=cookie propagation=join_builder (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


def benchmark_test_00471(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00471/", benchmark_test_00471),
]
