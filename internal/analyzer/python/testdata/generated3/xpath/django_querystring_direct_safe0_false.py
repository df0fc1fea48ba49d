# generated case (gen_cases3): category=xpath rule=PY-XPATH-INJECTION fw=django source=querystring propagation=direct sink=safe0 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00435(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    nodes = EMPLOYEES.xpath("/Employees/Employee[@emplid=$emplid]", emplid=bar)
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00435/", benchmark_test_00435),
]
