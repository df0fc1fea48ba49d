# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=django source=post shape=center_pad (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        bar = param.center(20, "*")
        return bar


def case_00105(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00105/", case_00105),
]
