# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=body propagation=filter_isalnum sink=v0 expected=false
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00460(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = "".join(filter(str.isalnum, param))
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00460/", benchmark_test_00460),
]
