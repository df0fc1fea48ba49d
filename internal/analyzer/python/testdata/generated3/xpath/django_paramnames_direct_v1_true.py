# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=paramnames propagation=direct sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00450(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    find_employee = etree.XPath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find_employee(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00450/", benchmark_test_00450),
]
