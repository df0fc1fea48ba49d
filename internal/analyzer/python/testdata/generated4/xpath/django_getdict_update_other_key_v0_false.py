# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=getdict shape=update_other_key sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00083(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    options = {"a": "safe"}
    options.update({"b": param})
    bar = options["a"]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00083/", benchmark_test_00083),
]
