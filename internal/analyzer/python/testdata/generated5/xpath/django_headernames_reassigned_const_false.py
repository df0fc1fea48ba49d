# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=django source=headernames shape=reassigned_const expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00336(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    name = bar
    name = "alice"
    nodes = EMPLOYEES.xpath("//Employee[@name='" + name + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00336/", benchmark_test_00336),
]
