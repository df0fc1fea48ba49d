# generated case (gen_cases6): category=xpath rule=PY-XPATH-INJECTION fw=django source=body shape=zip_star_names sink=v0 expected=false
import json

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00171(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    names, values = zip(("a", "safe"), ("b", param))
    bar = names[1]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00171/", benchmark_test_00171),
]
