# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=get shape=xpath_variable_compiled sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00492(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    find = etree.XPath("/Employees/Employee[@emplid=$emplid]")
    result = len(find(EMPLOYEES, emplid=bar))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00492/", benchmark_test_00492),
]
