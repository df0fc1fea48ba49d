# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=body shape=walrus_sql sink=specific expected=true
import json
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00308(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    conn = sqlite3.connect("benchmark.db")
    rows = conn.execute(sql := "SELECT id FROM users WHERE name = '" + bar + "'").fetchall()  # want: PY-SQLI
    result = len(rows) + len(sql)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00308/", benchmark_test_00308),
]
