# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=paramnames shape=join_parts sink=specific expected=true
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00302(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    conn = sqlite3.connect("benchmark.db")
    sql = " ".join(["SELECT id FROM users WHERE id =", bar])
    rows = conn.execute(sql).fetchall()  # want: PY-SQLI
    result = len(rows)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00302/", benchmark_test_00302),
]
