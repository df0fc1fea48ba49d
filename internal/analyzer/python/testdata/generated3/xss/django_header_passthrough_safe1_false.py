# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=header propagation=passthrough (helper class) sink=safe1 expected=false
from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00235(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    return HttpResponse("Formatted like: " + bar, content_type="text/plain")


urlpatterns = [
    path("00235/", benchmark_test_00235),
]
