# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=django source=cookie shape=holder_load_secondary (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


class Holder:
    def __init__(self):
        self.primary = "none"
        self.secondary = "none"

    def load(self, value):
        self.primary = value
        self.secondary = "fixed"

    def clear(self):
        self.primary = "cleared"

    def current(self):
        return self.primary


class Test:
    def do_something(self, request, param):
        h = Holder()
        h.load(param)
        bar = h.secondary
        return bar


def case_00009(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    nodes = EMPLOYEES.xpath("/Employees/Employee[@name='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00009/", case_00009),
]
