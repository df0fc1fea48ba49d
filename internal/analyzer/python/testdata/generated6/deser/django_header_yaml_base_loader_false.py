# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=django source=header shape=yaml_base_loader sink=specific expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00449(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    obj = yaml.load(bar, Loader=yaml.BaseLoader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00449/", benchmark_test_00449),
]
