# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=body shape=dunder_str_safe sink=v0 expected=false
import json

from django.http import HttpResponseRedirect
from django.urls import path


class Wrapped:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value


class Opaque(Wrapped):
    def __str__(self):
        return "wrapped"


def benchmark_test_00279(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = str(Opaque(param))
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00279/", benchmark_test_00279),
]
