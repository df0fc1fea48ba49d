# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=get propagation=direct sink=safe0 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00563(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00563/", benchmark_test_00563),
]
