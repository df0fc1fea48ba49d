# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=paramnames shape=yaml_unsafe_load sink=specific expected=true
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00514(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    obj = yaml.unsafe_load(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00514/", benchmark_test_00514),
]
