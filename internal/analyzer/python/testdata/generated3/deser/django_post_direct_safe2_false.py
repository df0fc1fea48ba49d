# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=post propagation=direct sink=safe2 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00508(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00508/", benchmark_test_00508),
]
