# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=header shape=uuid_canonical sink=v0 expected=false
import uuid

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00297(request):
    param = request.headers.get("X-Benchmark", "")
    bar = str(uuid.UUID(param))
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00297/", benchmark_test_00297),
]
