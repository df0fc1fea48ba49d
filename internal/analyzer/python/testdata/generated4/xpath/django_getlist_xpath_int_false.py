# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=getlist shape=xpath_int sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00496(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[%d]" % int(bar))
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00496/", benchmark_test_00496),
]
