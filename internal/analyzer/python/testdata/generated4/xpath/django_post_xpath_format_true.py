# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=post shape=xpath_format sink=specific expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00494(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='{}']".format(bar))  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00494/", benchmark_test_00494),
]
