# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=cookie propagation=direct sink=safe2 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00041(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    column = bar if bar in ("name", "email", "created") else "name"
    conn = sqlite3.connect("benchmark.db")
    result = conn.execute("SELECT id FROM users ORDER BY " + column).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00041/", benchmark_test_00041),
]
