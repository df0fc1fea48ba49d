# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=paramnames shape=yaml_unsafe_load_all expected=true
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00381(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    docs = list(yaml.unsafe_load_all(bar))  # want: PY-DESERIALIZATION
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00381/", benchmark_test_00381),
]
