# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=django source=getlist propagation=direct sink=safe0 expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00039(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    conn = sqlite3.connect("benchmark.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM USERS WHERE USERNAME=? AND PASSWORD=?", ("foo", bar))
    result = cur.fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00039/", benchmark_test_00039),
]
