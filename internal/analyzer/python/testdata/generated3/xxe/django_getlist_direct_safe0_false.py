# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=getlist propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00426(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00426/", benchmark_test_00426),
]
