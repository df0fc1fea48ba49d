# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=paramnames propagation=stringio (helper class) sink=v1 expected=true
import io

from django.shortcuts import redirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        buf = io.StringIO()
        buf.write(param)
        bar = buf.getvalue()
        return bar


def benchmark_test_00325(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00325/", benchmark_test_00325),
]
