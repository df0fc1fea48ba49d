# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=paramnames propagation=direct sink=safe1 expected=false
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00507(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00507/", benchmark_test_00507),
]
