# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=header shape=xpath_const_choice sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00500(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    field = bar if bar in ("name", "title") else "name"
    nodes = EMPLOYEES.xpath("//Employee/" + field)
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00500/", benchmark_test_00500),
]
