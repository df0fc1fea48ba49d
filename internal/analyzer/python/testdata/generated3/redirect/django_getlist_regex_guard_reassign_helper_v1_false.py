# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=getlist propagation=regex_guard_reassign (helper class) sink=v1 expected=false
import re

from django.shortcuts import redirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


def benchmark_test_00309(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    return redirect(bar)


urlpatterns = [
    path("00309/", benchmark_test_00309),
]
