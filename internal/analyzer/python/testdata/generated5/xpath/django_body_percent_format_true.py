# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=django source=body shape=percent_format expected=true
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00310(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    nodes = EMPLOYEES.xpath("//Employee[@name='%s']/salary" % bar)  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00310/", benchmark_test_00310),
]
