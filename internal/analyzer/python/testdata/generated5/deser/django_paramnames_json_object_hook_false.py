# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=paramnames shape=json_object_hook expected=false
import json

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00399(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    obj = json.loads(bar, object_hook=lambda d: {k: str(v) for k, v in d.items()})
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00399/", benchmark_test_00399),
]
