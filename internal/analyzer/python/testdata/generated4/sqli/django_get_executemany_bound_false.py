# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=django source=get shape=executemany_bound sink=specific expected=false
import sqlite3

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00304(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    conn = sqlite3.connect("benchmark.db")
    conn.executemany("INSERT INTO searches (term) VALUES (?)", [(bar,)])
    conn.commit()
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00304/", benchmark_test_00304),
]
