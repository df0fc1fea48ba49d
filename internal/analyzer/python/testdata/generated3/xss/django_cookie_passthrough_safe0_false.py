# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=cookie propagation=passthrough (helper class) sink=safe0 expected=false
from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00259(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + escape(bar) + "</p>")


urlpatterns = [
    path("00259/", benchmark_test_00259),
]
