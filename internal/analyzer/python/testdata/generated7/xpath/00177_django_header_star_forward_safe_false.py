# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=django source=header shape=star_forward_safe (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def first_of(*args):
    return args[0]


def forward(*args):
    return first_of(*args)


class Test:
    def do_something(self, request, param):
        bar = forward("safe", param)
        return bar


def case_00177(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00177/", case_00177),
]
