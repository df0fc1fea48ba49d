# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=paramnames propagation=join_builder_replaced sink=v1 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00549(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00549/", benchmark_test_00549),
]
