# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=django source=headernames shape=etxpath_concat expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00318(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    find = etree.ETXPath("//{urn:staff}Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(find(EMPLOYEES))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00318/", benchmark_test_00318),
]
