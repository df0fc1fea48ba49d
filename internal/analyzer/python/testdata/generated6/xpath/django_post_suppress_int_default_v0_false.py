# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=post shape=suppress_int_default sink=v0 expected=false
import contextlib

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00099(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = "0"
    with contextlib.suppress(ValueError):
        bar = str(int(param))
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00099/", benchmark_test_00099),
]
