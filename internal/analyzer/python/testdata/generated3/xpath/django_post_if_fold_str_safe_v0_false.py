# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=post propagation=if_fold_str_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00456(request):
    param = request.POST.get("BenchmarkTest", "")
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00456/", benchmark_test_00456),
]
