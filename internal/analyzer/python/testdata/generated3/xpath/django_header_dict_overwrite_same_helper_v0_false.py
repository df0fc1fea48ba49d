# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=header propagation=dict_overwrite_same (helper class) sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00465(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00465/", benchmark_test_00465),
]
