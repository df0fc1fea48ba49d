# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=get propagation=thing_factory sink=v2 expected=true
import jsonpickle

from django.http import JsonResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00498(request):
    param = request.GET.get("BenchmarkTest", "")
    thing = make_thing()
    bar = thing.do_something(param)
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00498/", benchmark_test_00498),
]
