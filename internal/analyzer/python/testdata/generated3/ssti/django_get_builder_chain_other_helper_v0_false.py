# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=get propagation=builder_chain_other (helper class) sink=v0 expected=false
from django.http import JsonResponse
from django.template import Context, Template
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


def benchmark_test_00301(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00301/", benchmark_test_00301),
]
