# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=django source=cookie shape=try_except_raw (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        try:
            n = int(param)
        except ValueError:
            bar = param
        else:
            bar = str(n)
        return bar


def case_00129(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00129/", case_00129),
]
