# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=post shape=dunder_str_taint sink=v1 expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


class Wrapped:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value


class Opaque(Wrapped):
    def __str__(self):
        return "wrapped"


def benchmark_test_00274(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = str(Wrapped(param))
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT * FROM USERS WHERE USERNAME='%s'" % bar
    result = conn.execute(sql).fetchall()  # want: PY-SQLI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00274/", benchmark_test_00274),
]
