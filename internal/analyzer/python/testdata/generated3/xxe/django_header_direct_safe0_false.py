# generated case (gen_cases3): category=xxe rule=PY-XXE fw=django source=header propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00446(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00446/", benchmark_test_00446),
]
