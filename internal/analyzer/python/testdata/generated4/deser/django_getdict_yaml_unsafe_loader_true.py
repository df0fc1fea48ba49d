# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=getdict shape=yaml_unsafe_loader sink=specific expected=true
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00512(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    obj = yaml.load(bar, Loader=yaml.UnsafeLoader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00512/", benchmark_test_00512),
]
