# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=django source=meta shape=strptime_roundtrip (helper class) sink=v1 expected=false
from datetime import datetime
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        bar = datetime.strptime(param, "%Y-%m-%d").strftime("%Y-%m-%d")
        return bar


def case_00200(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00200/", case_00200),
]
