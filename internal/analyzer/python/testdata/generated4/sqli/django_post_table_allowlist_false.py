# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=post shape=table_allowlist sink=specific expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path

TABLES = {"p": "products", "o": "orders"}


def benchmark_test_00306(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    table = TABLES.get(bar, "products")
    rows = conn.execute("SELECT COUNT(*) FROM " + table).fetchall()
    result = rows[0][0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00306/", benchmark_test_00306),
]
