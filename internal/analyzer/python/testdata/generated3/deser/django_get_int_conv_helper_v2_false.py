# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=get propagation=int_conv (helper class) sink=v2 expected=false
import jsonpickle

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00552(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00552/", benchmark_test_00552),
]
