# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=querystring propagation=b64_roundtrip sink=v1 expected=true
import base64
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00474(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00474/", benchmark_test_00474),
]
