# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=header propagation=direct sink=safe2 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00565(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00565/", benchmark_test_00565),
]
