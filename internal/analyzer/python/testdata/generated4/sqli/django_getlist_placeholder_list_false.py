# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=getlist shape=placeholder_list sink=specific expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00308(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    conn = sqlite3.connect("benchmark.db")
    ids = bar.split(",")
    marks = ",".join("?" for _ in ids)
    rows = conn.execute("SELECT name FROM users WHERE id IN (" + marks + ")", ids).fetchall()
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00308/", benchmark_test_00308),
]
