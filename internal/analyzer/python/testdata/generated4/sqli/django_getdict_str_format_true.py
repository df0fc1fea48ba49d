# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=getdict shape=str_format sink=specific expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00300(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    sql = "SELECT id FROM users WHERE name = '{}'".format(bar)
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00300/", benchmark_test_00300),
]
