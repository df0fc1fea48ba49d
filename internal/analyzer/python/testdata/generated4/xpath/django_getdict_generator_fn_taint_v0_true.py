# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=getdict shape=generator_fn_taint sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def pieces(value):
    yield "safe"
    yield value


def benchmark_test_00243(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = list(pieces(param))[1]
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00243/", benchmark_test_00243),
]
