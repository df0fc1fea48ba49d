# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=body shape=apos_replaced_double_quoted sink=specific expected=true
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00488(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    name = bar.replace("'", "&apos;")
    nodes = EMPLOYEES.xpath('//Employee[@name="' + name + '"]')  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00488/", benchmark_test_00488),
]
