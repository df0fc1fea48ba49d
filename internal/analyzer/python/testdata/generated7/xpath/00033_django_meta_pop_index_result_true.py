# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=django source=meta shape=pop_index_result (helper class) sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        vals = ["x", param, "y"]
        taken = vals.pop(1)
        bar = taken
        return bar


def case_00033(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00033/", case_00033),
]
