# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=meta shape=minidom_default expected=true
from django.http import JsonResponse
from django.urls import path
from xml.dom import minidom


def benchmark_test_00301(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    doc = minidom.parseString(bar)  # want: PY-XXE
    result = doc.documentElement.tagName
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00301/", benchmark_test_00301),
]
