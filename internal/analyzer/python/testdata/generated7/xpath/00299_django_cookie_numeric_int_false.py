# generated case (gen_cases7): category=xpath rule=PY-XPATH-INJECTION fw=django source=cookie shape=numeric_int sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def case_00299(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    nodes = EMPLOYEES.xpath("//Employee[@id=" + str(int(bar)) + "]")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00299/", case_00299),
]
