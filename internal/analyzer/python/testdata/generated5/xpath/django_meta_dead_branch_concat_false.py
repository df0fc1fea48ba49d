# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=django source=meta shape=dead_branch_concat expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00337(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    if False:
        nodes = EMPLOYEES.xpath("//Employee[@name='" + bar + "']")
    else:
        nodes = EMPLOYEES.xpath("//Employee[@name=$n]", n=bar)
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00337/", benchmark_test_00337),
]
