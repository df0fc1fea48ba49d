# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=cookie shape=bound_tuple sink=specific expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00292(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    rows = conn.execute("SELECT id FROM users WHERE name = ?", (bar,)).fetchall()
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00292/", benchmark_test_00292),
]
