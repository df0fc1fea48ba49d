# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=pathparam shape=augmented_query sink=specific expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00296(request, test_id):
    param = test_id
    bar = param
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT id FROM users WHERE active = 1"
    sql += " AND name = '" + bar + "'"
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00296/<str:test_id>/", benchmark_test_00296),
]
