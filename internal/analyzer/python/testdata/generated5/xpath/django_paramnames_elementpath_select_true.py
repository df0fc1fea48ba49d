# generated case (gen_cases5): category=xpath rule=PY-XPATH-INJECTION fw=django source=paramnames shape=elementpath_select expected=true
import elementpath

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00327(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    nodes = elementpath.select(EMPLOYEES.getroot(), "//Employee[@name='%s']" % bar)  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00327/", benchmark_test_00327),
]
