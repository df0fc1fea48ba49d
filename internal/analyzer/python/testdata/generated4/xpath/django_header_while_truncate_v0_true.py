# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=header shape=while_truncate sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00209(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    while len(bar) > 200:
        bar = bar[:200]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00209/", benchmark_test_00209),
]
