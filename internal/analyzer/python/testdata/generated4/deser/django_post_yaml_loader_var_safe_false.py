# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=post shape=yaml_loader_var_safe sink=specific expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00518(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    loader = yaml.SafeLoader
    obj = yaml.load(bar, Loader=loader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00518/", benchmark_test_00518),
]
