# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=django source=get shape=partition_head (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        head, sep, tail = ("static:" + param).partition(":")
        bar = head
        return bar


def case_00081(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00081/", case_00081),
]
