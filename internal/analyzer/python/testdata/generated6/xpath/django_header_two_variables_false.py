# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=header shape=two_variables sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00431(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    nodes = EMPLOYEES.xpath("//Employee[@name=$n and @dept=$d]", n=bar, d="sales")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00431/", benchmark_test_00431),
]
