# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=body shape=augmented_bound sink=specific expected=false
import json
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00298(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT id FROM users WHERE active = 1"
    sql += " AND name = ?"
    rows = conn.execute(sql, (bar,)).fetchall()
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00298/", benchmark_test_00298),
]
