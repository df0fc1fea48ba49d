# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=django source=header shape=dict_copy_original (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Test:
    def do_something(self, request, param):
        base = {"q": "safe"}
        work = base.copy()
        work["q"] = param
        bar = base["q"]
        return bar


def case_00057(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00057/", case_00057),
]
