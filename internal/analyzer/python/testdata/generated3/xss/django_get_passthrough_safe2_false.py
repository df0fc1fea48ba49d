# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=get propagation=passthrough (helper class) sink=safe2 expected=false
from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00263(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    resp = HttpResponse("Formatted like: " + bar)
    resp["Content-Type"] = "text/plain; charset=utf-8"
    return resp


urlpatterns = [
    path("00263/", benchmark_test_00263),
]
