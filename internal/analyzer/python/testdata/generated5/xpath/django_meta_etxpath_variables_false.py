# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=django source=meta shape=etxpath_variables expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00319(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    find = etree.ETXPath("//{urn:staff}Employee[@name=$name]")
    result = len(find(EMPLOYEES, name=bar))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00319/", benchmark_test_00319),
]
