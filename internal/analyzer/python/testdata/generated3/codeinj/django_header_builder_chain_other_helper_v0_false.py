# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=header propagation=builder_chain_other (helper class) sink=v0 expected=false
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


def benchmark_test_00147(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    result = eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00147/", benchmark_test_00147),
]
