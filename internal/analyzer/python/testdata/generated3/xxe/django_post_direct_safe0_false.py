# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=post propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00398(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00398/", benchmark_test_00398),
]
