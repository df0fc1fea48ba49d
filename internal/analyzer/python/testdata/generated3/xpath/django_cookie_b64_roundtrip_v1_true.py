# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=cookie propagation=b64_roundtrip sink=v1 expected=true
import base64

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00423(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00423/", benchmark_test_00423),
]
