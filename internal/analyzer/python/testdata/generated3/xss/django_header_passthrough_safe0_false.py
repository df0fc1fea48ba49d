# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=header propagation=passthrough (helper class) sink=safe0 expected=false
from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00247(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + escape(bar) + "</p>")


urlpatterns = [
    path("00247/", benchmark_test_00247),
]
