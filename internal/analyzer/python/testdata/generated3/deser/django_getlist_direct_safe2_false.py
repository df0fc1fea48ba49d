# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=getlist propagation=direct sink=safe2 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00539(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00539/", benchmark_test_00539),
]
