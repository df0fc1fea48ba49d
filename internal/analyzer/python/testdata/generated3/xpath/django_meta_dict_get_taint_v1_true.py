# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=meta propagation=dict_get_taint sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00462(request):
    param = request.META.get("HTTP_REFERER", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00462/", benchmark_test_00462),
]
