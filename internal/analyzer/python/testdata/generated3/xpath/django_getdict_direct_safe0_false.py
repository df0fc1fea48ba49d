# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=getdict propagation=direct sink=safe0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00486(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00486/", benchmark_test_00486),
]
