# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=getdict shape=allowlist_get_self sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00175(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = CHOICES.get(param, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00175/", benchmark_test_00175),
]
