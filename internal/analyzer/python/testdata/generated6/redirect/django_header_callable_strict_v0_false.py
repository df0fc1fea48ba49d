# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=header shape=callable_strict sink=v0 expected=false
import re

from django.http import HttpResponseRedirect
from django.urls import path


class Normalizer:
    def __init__(self, mode):
        self.mode = mode

    def __call__(self, value):
        if self.mode == "strict":
            return re.sub(r"[^A-Za-z0-9]", "", value)
        return value.strip()


def benchmark_test_00263(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Normalizer("strict")(param)
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00263/", benchmark_test_00263),
]
