# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=post shape=reversed_builtin_taint sink=v3 expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00173(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = list(reversed([param, "safe"]))[1]
    conn = sqlite3.connect("benchmark.db")
    conn.executescript("UPDATE users SET last_search = '" + bar + "' WHERE id = 1")  # want: PY-SQLI
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00173/", benchmark_test_00173),
]
