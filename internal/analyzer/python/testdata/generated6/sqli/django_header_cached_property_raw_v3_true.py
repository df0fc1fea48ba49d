# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=header shape=cached_property_raw sink=v3 expected=true
import sqlite3

from django.http import JsonResponse
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


def benchmark_test_00040(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Lookup(param).term
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00040/", benchmark_test_00040),
]
