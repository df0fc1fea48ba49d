# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=post shape=values_joined_quoted sink=specific expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00302(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    ids = bar.split(",")
    in_list = ", ".join("'%s'" % i for i in ids)
    rows = conn.execute("SELECT name FROM users WHERE id IN (" + in_list + ")").fetchall()  # want: PY-SQLI
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00302/", benchmark_test_00302),
]
