# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=post shape=super_method_masked sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Reader:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class SuffixReader(Reader):
    def get(self):
        return super().get() + "-x"


class MaskReader(Reader):
    def get(self):
        super().get()
        return "masked"


def benchmark_test_00038(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = MaskReader(param).get()
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00038/", benchmark_test_00038),
]
