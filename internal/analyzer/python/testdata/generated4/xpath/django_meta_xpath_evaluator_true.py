# generated case (gen_cases4): category=xpath rule=PY-XPATH-INJECTION fw=django source=meta shape=xpath_evaluator sink=specific expected=true
from django.http import JsonResponse
from django.urls import path
from lxml import etree

EMPLOYEES = etree.parse("/srv/app/data/employees.xml")


def benchmark_test_00498(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    evaluator = etree.XPathEvaluator(EMPLOYEES)
    nodes = evaluator("//Employee[@name='" + bar + "']")  # want: PY-XPATH-INJECTION
    result = len(nodes)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00498/", benchmark_test_00498),
]
