# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=django source=body shape=variables_smart_strings expected=false
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00328(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    nodes = EMPLOYEES.xpath("//Employee[@name=$name]/salary/text()", name=bar, smart_strings=False)
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00328/", benchmark_test_00328),
]
