# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=querystring propagation=stringio (helper class) sink=v2 expected=true
import io
import urllib.parse

from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


def benchmark_test_00239(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00239/", benchmark_test_00239),
]
