# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=getlist propagation=direct sink=safe1 expected=false
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00564(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00564/", benchmark_test_00564),
]
