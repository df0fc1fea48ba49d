# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=querystring propagation=allowlist_ternary sink=v1 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00454(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param if param in ("alpha", "beta") else "alpha"
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00454/", benchmark_test_00454),
]
