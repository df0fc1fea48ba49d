# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=getlist propagation=int_conv (helper class) sink=v1 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00495(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00495/", benchmark_test_00495),
]
