# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=body shape=fstring_int sink=specific expected=false
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00434(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    nodes = EMPLOYEES.xpath(f"//Employee[@id={int(bar)}]")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00434/", benchmark_test_00434),
]
