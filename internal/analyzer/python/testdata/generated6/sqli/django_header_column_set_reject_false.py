# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=django source=header shape=column_set_reject sink=specific expected=false
import sqlite3

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

SORTABLE = {"name", "email", "created"}


def benchmark_test_00305(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    if bar not in SORTABLE:
        return HttpResponseBadRequest("invalid")
    rows = conn.execute(f"SELECT id FROM users ORDER BY {bar}").fetchall()
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00305/", benchmark_test_00305),
]
