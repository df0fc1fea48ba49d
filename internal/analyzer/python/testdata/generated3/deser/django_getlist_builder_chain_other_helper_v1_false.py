# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=getlist propagation=builder_chain_other (helper class) sink=v1 expected=false
import yaml

from django.http import JsonResponse
from django.urls import path


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


def benchmark_test_00558(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00558/", benchmark_test_00558),
]
