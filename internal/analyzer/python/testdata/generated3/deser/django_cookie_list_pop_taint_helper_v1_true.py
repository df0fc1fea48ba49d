# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=cookie propagation=list_pop_taint (helper class) sink=v1 expected=true
import yaml

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


def benchmark_test_00534(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00534/", benchmark_test_00534),
]
