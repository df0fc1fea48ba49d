# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=header shape=helper_loose_branch sink=v0 expected=true
import re

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def normalize(value, strict=False):
    if strict:
        return re.sub(r"[^A-Za-z0-9]", "", value)
    return value.strip()


def benchmark_test_00049(request):
    param = request.headers.get("X-Benchmark", "")
    bar = normalize(param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00049/", benchmark_test_00049),
]
