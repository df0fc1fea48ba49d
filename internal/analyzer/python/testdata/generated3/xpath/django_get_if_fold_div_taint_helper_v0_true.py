# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=get propagation=if_fold_div_taint (helper class) sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


def benchmark_test_00453(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00453/", benchmark_test_00453),
]
