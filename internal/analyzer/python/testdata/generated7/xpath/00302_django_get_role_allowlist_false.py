# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=django source=get shape=role_allowlist sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")
ROLES = {"m": "manager", "s": "staff"}


def case_00302(request):
    param = request.GET.get("q", "")
    bar = param
    role = ROLES.get(bar, "staff")
    nodes = EMPLOYEES.xpath("//Employee[@role='" + role + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00302/", case_00302),
]
