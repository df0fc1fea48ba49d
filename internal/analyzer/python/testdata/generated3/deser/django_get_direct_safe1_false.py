# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=get propagation=direct sink=safe1 expected=false
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00538(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00538/", benchmark_test_00538),
]
