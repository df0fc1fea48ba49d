# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=meta propagation=regex_guard_reassign (helper class) sink=v1 expected=false
import re

from django.shortcuts import redirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


def benchmark_test_00351(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    return redirect(bar)


urlpatterns = [
    path("00351/", benchmark_test_00351),
]
