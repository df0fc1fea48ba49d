# generated case (gen_cases5): category=xxe rule=PY-XXE fw=django source=get shape=defused_sax expected=false
import defusedxml.sax
import xml.sax

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00305(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    handler = xml.sax.ContentHandler()
    defusedxml.sax.parseString(bar.encode("utf-8"), handler)
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00305/", benchmark_test_00305),
]
