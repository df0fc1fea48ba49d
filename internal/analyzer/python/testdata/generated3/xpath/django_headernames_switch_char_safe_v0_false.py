# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=headernames propagation=switch_char_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from lxml import etree

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00468(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00468/", benchmark_test_00468),
]
