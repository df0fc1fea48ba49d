# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=header propagation=direct sink=safe2 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00039(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    column = bar if bar in ("name", "email", "created") else "name"
    conn = sqlite3.connect("benchmark.db")
    result = conn.execute("SELECT id FROM users ORDER BY " + column).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00039/", benchmark_test_00039),
]
