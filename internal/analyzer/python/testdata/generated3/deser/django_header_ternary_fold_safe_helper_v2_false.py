# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=header propagation=ternary_fold_safe (helper class) sink=v2 expected=false
import jsonpickle

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


def benchmark_test_00528(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00528/", benchmark_test_00528),
]
