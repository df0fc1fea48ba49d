# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=meta shape=placeholder_list_raw sink=specific expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00310(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    ids = bar.split(",")
    rows = conn.execute("SELECT name FROM users WHERE id IN (" + ",".join(ids) + ")").fetchall()  # want: PY-SQLI
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00310/", benchmark_test_00310),
]
