# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=cookie propagation=stringio (helper class) sink=v0 expected=true
import io

from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


def benchmark_test_00215(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00215/", benchmark_test_00215),
]
