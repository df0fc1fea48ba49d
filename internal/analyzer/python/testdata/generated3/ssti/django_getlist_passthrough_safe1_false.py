# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=getlist propagation=passthrough (helper class) sink=safe1 expected=false
from django.http import JsonResponse
from django.urls import path
from jinja2.sandbox import SandboxedEnvironment


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00313(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00313/", benchmark_test_00313),
]
