# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=querystring propagation=int_conv (helper class) sink=v2 expected=false
import urllib.parse

from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00229(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00229/", benchmark_test_00229),
]
