# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=django source=post shape=sorted_tuples_safe sink=v1 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00180(request):
    param = request.POST.get("BenchmarkTest", "")
    ranked = sorted([("b", param), ("a", "safe")])
    bar = ranked[0][1]
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00180/", benchmark_test_00180),
]
