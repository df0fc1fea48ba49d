# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=get propagation=undecidable_ternary (helper class) sink=v2 expected=true
import jsonpickle

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


def benchmark_test_00528(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00528/", benchmark_test_00528),
]
