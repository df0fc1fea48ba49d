# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post shape=cached_property_allowlist sink=v0 expected=false
from django.http import HttpResponseRedirect
from django.urls import path
from functools import cached_property

KINDS = {"a": "advanced", "b": "basic"}


class Lookup:
    def __init__(self, raw):
        self._raw = raw

    @cached_property
    def term(self):
        return self._raw.strip()

    @cached_property
    def kind(self):
        return KINDS.get(self._raw, "basic")


def benchmark_test_00045(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Lookup(param).kind
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00045/", benchmark_test_00045),
]
