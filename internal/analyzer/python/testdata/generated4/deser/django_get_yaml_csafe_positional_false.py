# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=get shape=yaml_csafe_positional sink=specific expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00516(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    obj = yaml.load(bar, yaml.CSafeLoader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00516/", benchmark_test_00516),
]
