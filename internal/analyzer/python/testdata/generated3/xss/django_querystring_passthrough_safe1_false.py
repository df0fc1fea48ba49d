# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=querystring propagation=passthrough (helper class) sink=safe1 expected=false
import urllib.parse

from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00249(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    return HttpResponse("Formatted like: " + bar, content_type="text/plain")


urlpatterns = [
    path("00249/", benchmark_test_00249),
]
